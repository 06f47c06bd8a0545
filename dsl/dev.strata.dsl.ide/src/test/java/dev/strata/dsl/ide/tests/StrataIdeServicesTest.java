package dev.strata.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;

import dev.strata.dsl.ide.StrataIdeSetup;

/** The headless IDE services an editor builds on: content assist and lexical highlighting. */
class StrataIdeServicesTest {

	private static final Injector INJECTOR = new StrataIdeSetup().createInjectorAndDoEMFRegistration();
	private static final ExecutorService POOL = Executors.newSingleThreadExecutor();

	@AfterAll
	static void stopPool() {
		POOL.shutdown();
	}

	@Test
	void contentAssistOffersTheDeclaredPrivileges() throws Exception {
		String text = "system s\nprivilege mount\nprivilege net_admin\nuser alice privileges ";
		List<String> proposals = proposalsAtEnd(text);
		assertTrue(proposals.containsAll(List.of("mount", "net_admin")), () -> "proposals: " + proposals);
	}

	@Test
	void contentAssistOffersKeywordsAfterAUser() throws Exception {
		List<String> proposals = proposalsAtEnd("system s\nuser alice ");
		assertTrue(proposals.containsAll(List.of("superuser", "privileges", "user", "namespace")),
				() -> "proposals: " + proposals);
	}

	@Test
	void highlightingLexerNamesTokensByTheRuntimeTokenDefinitions() {
		Lexer lexer = INJECTOR.getInstance(Key.get(Lexer.class, Names.named(LexerIdeBindings.HIGHLIGHTING)));
		Map<Integer, String> names = INJECTOR
				.getInstance(Key.get(ITokenDefProvider.class, Names.named(LexerIdeBindings.HIGHLIGHTING)))
				.getTokenDefMap();
		lexer.setCharStream(new ANTLRStringStream("system hello // boot\nuser \"www-data\" superuser"));
		List<String> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			tokens.add(names.get(token.getType()));
		}
		assertEquals(List.of("'system'", "RULE_WS", "RULE_ID", "RULE_WS", "RULE_SL_COMMENT", "'user'", "RULE_WS",
				"RULE_STRING", "RULE_WS", "'superuser'"), tokens);
	}

	private static List<String> proposalsAtEnd(String text) throws Exception {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/t.strata"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		ContentAssistContextFactory contexts = INJECTOR.getInstance(ContentAssistContextFactory.class);
		contexts.setPool(POOL);
		ContentAssistContext[] found = contexts.create(text, new TextRegion(text.length(), 0), text.length(),
				resource);
		IdeContentProposalAcceptor acceptor = INJECTOR.getInstance(IdeContentProposalAcceptor.class);
		INJECTOR.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(found), acceptor);
		List<String> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			proposals.add(entry.getProposal());
		}
		return proposals;
	}
}
