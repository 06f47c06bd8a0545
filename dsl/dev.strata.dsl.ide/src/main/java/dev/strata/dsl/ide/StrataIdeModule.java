package dev.strata.dsl.ide;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

import dev.strata.dsl.parser.antlr.internal.InternalStrataLexer;

/** The hand-written bindings of the ide services; the generated ones are in AbstractStrataIdeModule. */
public class StrataIdeModule extends AbstractStrataIdeModule {

	/**
	 * Lexical colouring uses the runtime lexer with the runtime token definitions: the content-assist lexer
	 * numbers its tokens differently, so it must not be paired with them.
	 */
	public void configureHighlightingLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(InternalStrataLexer.class);
	}

	public void configureHighlightingTokenDefProvider(Binder binder) {
		binder.bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
	}
}
