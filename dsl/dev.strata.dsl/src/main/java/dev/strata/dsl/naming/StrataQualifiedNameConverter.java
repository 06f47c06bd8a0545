package dev.strata.dsl.naming;

import org.eclipse.xtext.naming.IQualifiedNameConverter;

/**
 * Splits qualified names at '/', the kernel's path separator, which no Strata name may contain. Xtext's default
 * '.' would split a quoted name such as "net.admin" and break references to it.
 */
public class StrataQualifiedNameConverter extends IQualifiedNameConverter.DefaultImpl {

	@Override
	public String getDelimiter() {
		return "/";
	}
}
