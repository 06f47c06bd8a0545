package dev.strata.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.strata.dsl.strata.StrataPackage;
import dev.strata.dsl.strata.SystemDefinition;
import dev.strata.dsl.validation.IssueCodes;

/** One test per issue code (and per variant of it), each asserting the exact offset and length of the marker. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrataInjectorProvider.class)
class StrataValidationTest {

	private static final StrataPackage STRATA = StrataPackage.eINSTANCE;

	@Inject
	private ParseHelper<SystemDefinition> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void duplicatePrivilegeIsMarkedOnTheSecondName() throws Exception {
		String text = "system s\nprivilege mount\nprivilege mount\nuser u privileges mount\n";
		validation.assertError(parser.parse(text), STRATA.getPrivilege(), IssueCodes.DUPLICATE_PRIVILEGE,
				text.indexOf("mount", text.indexOf("mount") + 1), "mount".length(), "already declared at line 2");
		assertOnlyIssue(text, IssueCodes.DUPLICATE_PRIVILEGE);
	}

	@Test
	void duplicateUserInOneNamespace() throws Exception {
		String text = "system s\nnamespace web {\n  user www\n  user www\n}\n";
		validation.assertError(parser.parse(text), STRATA.getUser(), IssueCodes.DUPLICATE_USER,
				text.lastIndexOf("www"), 3, "duplicate user in namespace /web: 'www' is already declared at line 3");
		assertOnlyIssue(text, IssueCodes.DUPLICATE_USER);
	}

	@Test
	void duplicateUserInTheRootNamespace() throws Exception {
		String text = "system s user root superuser user root";
		validation.assertError(parser.parse(text), STRATA.getUser(), IssueCodes.DUPLICATE_USER,
				text.lastIndexOf("root"), 4, "namespace /:");
	}

	@Test
	void sameUserNameInDifferentNamespacesIsFine() throws Exception {
		validation.assertNoIssues(parser.parse("system s user www namespace a { user www namespace b { user www } }"));
	}

	@Test
	void duplicateSiblingNamespace() throws Exception {
		String text = "system s namespace web { } namespace web { }";
		validation.assertError(parser.parse(text), STRATA.getNamespace(), IssueCodes.DUPLICATE_NAMESPACE,
				text.lastIndexOf("web"), 3, "duplicate namespace in /: 'web'");
		validation.assertNoIssues(parser.parse("system s namespace web { namespace web { } }"));
	}

	@Test
	void aThirtyThirdPrivilegeIsTooMany() throws Exception {
		StringBuilder text = new StringBuilder("system s\n");
		StringBuilder grants = new StringBuilder("user u privileges p0");
		for (int bit = 0; bit < 33; bit++) {
			text.append("privilege p").append(bit).append('\n');
			if (bit > 0) {
				grants.append(", p").append(bit);
			}
		}
		String source = text.append(grants).toString();
		validation.assertError(parser.parse(source), STRATA.getPrivilege(), IssueCodes.TOO_MANY_PRIVILEGES,
				source.indexOf("p32"), 3, "'p32' would be privilege 32");
		assertOnlyIssue(source, IssueCodes.TOO_MANY_PRIVILEGES);
	}

	@Test
	void thirtyTwoPrivilegesAreFine() throws Exception {
		StringBuilder text = new StringBuilder("system s\n");
		StringBuilder grants = new StringBuilder("user u privileges p0");
		for (int bit = 0; bit < 32; bit++) {
			text.append("privilege p").append(bit).append('\n');
			if (bit > 0) {
				grants.append(", p").append(bit);
			}
		}
		validation.assertNoIssues(parser.parse(text.append(grants)));
	}

	@Test
	void aNameOfSixtyFourBytesIsTooLong() throws Exception {
		String longName = "n".repeat(64);
		String text = "system s user " + longName;
		validation.assertError(parser.parse(text), STRATA.getUser(), IssueCodes.NAME_TOO_LONG,
				text.indexOf(longName), 64, "64 bytes long");
		validation.assertNoIssues(parser.parse("system s user " + "n".repeat(63)));
	}

	@Test
	void nameLengthCountsUtf8Bytes() throws Exception {
		String name = "\"" + "é".repeat(32) + "\""; // 32 chars, 64 bytes
		String text = "system s namespace " + name + " { }";
		validation.assertError(parser.parse(text), STRATA.getNamespace(), IssueCodes.NAME_TOO_LONG,
				text.indexOf(name), name.length(), "64 bytes long in UTF-8");
	}

	@Test
	void aNameWithASlashIsInvalid() throws Exception {
		String text = "system s namespace \"a/b\" { }";
		validation.assertError(parser.parse(text), STRATA.getNamespace(), IssueCodes.INVALID_NAME,
				text.indexOf("\"a/b\""), 5, "contains '/'");
	}

	@Test
	void emptyAndDotNamesAreInvalid() throws Exception {
		String empty = "system s user \"\"";
		validation.assertError(parser.parse(empty), STRATA.getUser(), IssueCodes.INVALID_NAME, empty.indexOf("\"\""),
				2, "must not be empty");
		String dots = "system s namespace \"..\" { }";
		validation.assertError(parser.parse(dots), STRATA.getNamespace(), IssueCodes.INVALID_NAME,
				dots.indexOf("\"..\""), 4, "'..' is not a name");
	}

	@Test
	void controlCharactersAreInvalid() throws Exception {
		String text = "system \"tab\\there\"";
		validation.assertError(parser.parse(text), STRATA.getSystemDefinition(), IssueCodes.INVALID_NAME,
				text.indexOf('"'), text.length() - text.indexOf('"'), "U+0009");
	}

	@Test
	void aSecondSuperuserIsMarkedOnItsKeyword() throws Exception {
		String text = "system s\nnamespace web {\n  user admin superuser\n  user root superuser\n}\n";
		validation.assertError(parser.parse(text), STRATA.getUser(), IssueCodes.MULTIPLE_SUPERUSERS,
				text.lastIndexOf("superuser"), "superuser".length(),
				"namespace /web already has a superuser, 'admin' (line 3)");
		assertOnlyIssue(text, IssueCodes.MULTIPLE_SUPERUSERS);
	}

	@Test
	void superusersOfDifferentNamespacesAreFine() throws Exception {
		validation.assertNoIssues(parser.parse("system s user root superuser namespace a { user admin superuser }"));
	}

	@Test
	void aPrivilegeGrantedTwiceIsMarkedOnTheSecondReference() throws Exception {
		String text = "system s privilege mount privilege net user u privileges mount, net, mount";
		validation.assertError(parser.parse(text), STRATA.getUser(), IssueCodes.DUPLICATE_GRANT,
				text.lastIndexOf("mount"), 5, "granted to 'u' twice");
		assertOnlyIssue(text, IssueCodes.DUPLICATE_GRANT);
	}

	@Test
	void anUngrantedPrivilegeIsAWarning() throws Exception {
		String text = "system s privilege mount privilege spare user u privileges mount";
		validation.assertWarning(parser.parse(text), STRATA.getPrivilege(), IssueCodes.UNUSED_PRIVILEGE,
				text.indexOf("spare"), 5, "'spare' is granted to no user");
		assertOnlyIssue(text, IssueCodes.UNUSED_PRIVILEGE);
	}

	@Test
	void anUnknownPrivilegeIsALinkingError() throws Exception {
		String text = "system s privilege mount user u privileges mount, nosuch";
		validation.assertError(parser.parse(text), STRATA.getUser(), Diagnostic.LINKING_DIAGNOSTIC,
				text.indexOf("nosuch"), 6, "unknown privilege 'nosuch'");
	}

	@Test
	void tooManyNamespacesForU16Ids() throws Exception {
		StringBuilder text = new StringBuilder("system s\n");
		for (int i = 0; i < 0xFFFF; i++) {
			text.append("namespace n").append(i).append(" { }\n");
		}
		String source = text.toString();
		// ids 0 (root) to 0xFFFE fit; namespace n65534 would need id 0xFFFF, which means "no parent"
		validation.assertError(parser.parse(source), STRATA.getNamespace(), IssueCodes.MANIFEST_LIMIT,
				source.indexOf("n65534"), 6, "too many namespaces");
	}

	/** Asserts that validating the text yields one issue in total, of the given code. */
	private void assertOnlyIssue(CharSequence text, String code) throws Exception {
		List<Issue> issues = validation.validate(parser.parse(text));
		assertEquals(1, issues.size(), () -> "issues: " + issues);
		assertEquals(code, issues.get(0).getCode());
		assertEquals(code.equals(IssueCodes.UNUSED_PRIVILEGE) ? Severity.WARNING : Severity.ERROR,
				issues.get(0).getSeverity());
	}
}
