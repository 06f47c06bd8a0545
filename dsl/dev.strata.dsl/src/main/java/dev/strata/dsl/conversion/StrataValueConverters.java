package dev.strata.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Converts the Name rule, which is either an identifier or a quoted string: {@code www} and {@code "www"} are the
 * same name. Names that are not identifiers (or are keywords) are written back quoted.
 */
public class StrataValueConverters extends DefaultTerminalConverters {

	private final IValueConverter<String> name = new IValueConverter<>() {
		@Override
		public String toValue(String text, INode node) {
			if (text != null && !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\'')) {
				return STRING().toValue(text, node);
			}
			return ID().toValue(text, node);
		}

		@Override
		public String toString(String value) {
			try {
				return ID().toString(value);
			} catch (ValueConverterException notAnIdentifier) {
				return STRING().toString(value);
			}
		}
	};

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return name;
	}
}
