package dev.strata.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dev.strata.dsl.model.NamespaceTree;
import dev.strata.dsl.strata.Namespace;
import dev.strata.dsl.strata.Privilege;
import dev.strata.dsl.strata.SystemDefinition;
import dev.strata.dsl.strata.User;

/** The grammar: what parses, into which model, and what is a syntax error. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrataInjectorProvider.class)
class StrataParsingTest {

	@Inject
	private ParseHelper<SystemDefinition> parser;

	@Inject
	private ValidationTestHelper validation;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void helloExampleParsesIntoItsNamespaceTree() throws Exception {
		SystemDefinition system = parser.parse(Examples.hello());
		validation.assertNoIssues(system);

		assertEquals("hello", system.getName());
		assertEquals(List.of("mount", "namespace_create"), names(NamespaceTree.privileges(system)));

		List<User> rootUsers = NamespaceTree.users(system);
		assertEquals(List.of("root", "alice"), rootUsers.stream().map(User::getName).toList());
		assertTrue(rootUsers.get(0).isSuperuser());
		assertFalse(rootUsers.get(1).isSuperuser());
		assertEquals(List.of("mount", "namespace_create"), names(rootUsers.get(1).getPrivileges()));

		Namespace web = NamespaceTree.children(system).get(0);
		assertEquals("web", web.getName());
		assertEquals(List.of("admin", "www"), NamespaceTree.users(web).stream().map(User::getName).toList());
		assertTrue(NamespaceTree.users(web).get(0).isSuperuser());
		assertEquals(List.of("mount"), names(NamespaceTree.users(web).get(1).getPrivileges()));

		Namespace cache = NamespaceTree.children(web).get(0);
		assertEquals("/web/cache", NamespaceTree.path(cache));
		User memcached = NamespaceTree.users(cache).get(0);
		assertEquals("memcached", memcached.getName());
		assertFalse(memcached.isSuperuser());
		assertTrue(memcached.getPrivileges().isEmpty());
	}

	@Test
	void layoutAndCommentsDoNotMatter() throws Exception {
		SystemDefinition system = parser.parse("""
				system hello privilege mount /* block
				comment */ privilege namespace_create user root superuser
				user alice privileges mount, namespace_create // line comment
				namespace web { user admin superuser  user www privileges mount  namespace cache { user memcached } }
				""");
		validation.assertNoErrors(system);
		assertEquals(2, NamespaceTree.privileges(system).size());
		assertEquals("cache", NamespaceTree.children(NamespaceTree.children(system).get(0)).get(0).getName());
	}

	@Test
	void quotedNamesAndEscapedKeywordsAreNames() throws Exception {
		SystemDefinition system = parser.parse("""
				system "my system"
				privilege "net.admin"
				user "www-data" privileges "net.admin"
				user ^namespace privileges 'net.admin'
				""");
		validation.assertNoErrors(system);
		assertEquals("my system", system.getName());
		List<User> users = NamespaceTree.users(system);
		assertEquals("www-data", users.get(0).getName());
		assertEquals("namespace", users.get(1).getName());
		Privilege netAdmin = NamespaceTree.privileges(system).get(0);
		assertEquals("net.admin", netAdmin.getName());
		assertEquals(List.of(netAdmin), users.get(0).getPrivileges());
		assertEquals(List.of(netAdmin), users.get(1).getPrivileges());
	}

	@Test
	void aSystemMayBeEmpty() throws Exception {
		SystemDefinition system = parser.parse("system empty");
		validation.assertNoIssues(system);
		assertTrue(system.getMembers().isEmpty());
	}

	@Test
	void privilegesAreTopLevelOnly() throws Exception {
		assertSyntaxError("system s namespace web { privilege mount }", "privilege");
	}

	@Test
	void superuserComesBeforePrivileges() throws Exception {
		assertSyntaxError("system s privilege p user u privileges p superuser", "superuser");
	}

	@Test
	void aPrivilegeListNeedsCommas() throws Exception {
		assertSyntaxError("system s privilege p privilege q user u privileges p q", "q");
	}

	@Test
	void theSystemHeaderComesFirst() throws Exception {
		assertSyntaxError("privilege mount system s", "privilege");
	}

	@Test
	void anUnclosedNamespaceIsAnError() throws Exception {
		SystemDefinition system = parser.parse("system s namespace web { user www");
		assertFalse(system.eResource().getErrors().isEmpty());
	}

	/** Asserts that the first syntax error starts at the last occurrence of the offending token. */
	private void assertSyntaxError(String text, String offendingToken) throws Exception {
		XtextResourceSet resourceSet = resourceSets.get();
		parser.parse(text, resourceSet);
		List<Resource.Diagnostic> errors = resourceSet.getResources().get(0).getErrors();
		assertFalse(errors.isEmpty());
		AbstractDiagnostic first = (AbstractDiagnostic) errors.get(0);
		int expected = Math.max(0, text.lastIndexOf(" " + offendingToken) + 1);
		assertEquals(expected, first.getOffset(), () -> "at " + first.getOffset() + ": " + first.getMessage());
		assertEquals(offendingToken.length(), first.getLength());
	}

	private static List<String> names(List<Privilege> privileges) {
		return privileges.stream().map(Privilege::getName).toList();
	}
}
