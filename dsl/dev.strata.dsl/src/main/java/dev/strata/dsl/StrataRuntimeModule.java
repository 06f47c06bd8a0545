package dev.strata.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

import dev.strata.dsl.conversion.StrataValueConverters;
import dev.strata.dsl.linking.StrataLinkingDiagnostics;
import dev.strata.dsl.naming.StrataQualifiedNameConverter;
import dev.strata.dsl.parser.StrataSyntaxErrorMessages;

/** The hand-written bindings of the runtime; the generated ones are in AbstractStrataRuntimeModule. */
public class StrataRuntimeModule extends AbstractStrataRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return StrataValueConverters.class;
	}

	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return StrataQualifiedNameConverter.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return StrataLinkingDiagnostics.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return StrataSyntaxErrorMessages.class;
	}
}
