package dev.strata.dsl.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import dev.strata.dsl.StrataRuntimeModule;
import dev.strata.dsl.StrataStandaloneSetup;

/** Creates an injector with the runtime and the ide services, for editors and language servers. */
public class StrataIdeSetup extends StrataStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new StrataRuntimeModule(), new StrataIdeModule()));
	}
}
