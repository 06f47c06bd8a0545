package dev.strata.dsl.validation;

import static dev.strata.dsl.compiler.ManifestFormat.MAX_NAME_BYTES;
import static dev.strata.dsl.compiler.ManifestFormat.MAX_PRIVILEGES;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import dev.strata.dsl.compiler.ManifestLimitException;
import dev.strata.dsl.compiler.ManifestWriter;
import dev.strata.dsl.model.NamespaceTree;
import dev.strata.dsl.strata.Namespace;
import dev.strata.dsl.strata.Privilege;
import dev.strata.dsl.strata.RootMember;
import dev.strata.dsl.strata.StrataPackage;
import dev.strata.dsl.strata.SystemDefinition;
import dev.strata.dsl.strata.User;

/**
 * The meaning of a .strata file: the rules the kernel relies on and that the grammar cannot express. Every
 * error sits on the exact feature at fault (a name, the 'superuser' keyword, one privilege reference), so an
 * editor underlines just that and tests can assert its offset and length.
 */
public class StrataValidator extends AbstractStrataValidator {

	private static final StrataPackage STRATA = StrataPackage.eINSTANCE;

	@Check
	public void checkSystemName(SystemDefinition system) {
		checkName(system, system.getName(), STRATA.getSystemDefinition_Name());
	}

	@Check
	public void checkMemberName(RootMember member) {
		checkName(member, member.getName(), STRATA.getRootMember_Name());
	}

	private void checkName(EObject element, String name, EStructuralFeature feature) {
		if (name == null) {
			return; // a syntax error has already been reported
		}
		String problem = NameRules.problem(name);
		if (problem != null) {
			error(problem, element, feature, IssueCodes.INVALID_NAME);
		} else if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
			error("name '" + name + "' is " + name.getBytes(StandardCharsets.UTF_8).length
					+ " bytes long in UTF-8; at most " + MAX_NAME_BYTES + " are allowed", element, feature,
					IssueCodes.NAME_TOO_LONG);
		}
	}

	@Check
	public void checkPrivileges(SystemDefinition system) {
		List<Privilege> privileges = NamespaceTree.privileges(system);
		reportDuplicates(privileges, "privilege", IssueCodes.DUPLICATE_PRIVILEGE);
		for (int bit = MAX_PRIVILEGES; bit < privileges.size(); bit++) {
			error("too many privileges: '" + privileges.get(bit).getName() + "' would be privilege " + bit
					+ ", but a system has at most " + MAX_PRIVILEGES + " (bits 0 to 31)", privileges.get(bit),
					STRATA.getRootMember_Name(), IssueCodes.TOO_MANY_PRIVILEGES);
		}
	}

	/** Compares names, so that a duplicate declaration (already an error) is not also reported as unused. */
	@Check
	public void checkUnusedPrivileges(SystemDefinition system) {
		Set<String> granted = new HashSet<>();
		system.eAllContents().forEachRemaining(element -> {
			if (element instanceof User user) {
				user.getPrivileges().forEach(privilege -> granted.add(privilege.getName()));
			}
		});
		for (Privilege privilege : NamespaceTree.privileges(system)) {
			if (privilege.getName() != null && !granted.contains(privilege.getName())) {
				warning("privilege '" + privilege.getName() + "' is granted to no user", privilege,
						STRATA.getRootMember_Name(), IssueCodes.UNUSED_PRIVILEGE);
			}
		}
	}

	@Check
	public void checkRootNamespace(SystemDefinition system) {
		checkNamespaceContents(system);
	}

	@Check
	public void checkNestedNamespace(Namespace namespace) {
		checkNamespaceContents(namespace);
	}

	/** Users and child namespaces are looked up by name within their namespace, and one superuser rules it. */
	private void checkNamespaceContents(EObject namespace) {
		List<User> users = NamespaceTree.users(namespace);
		reportDuplicates(users, "user in namespace " + NamespaceTree.path(namespace), IssueCodes.DUPLICATE_USER);
		reportDuplicates(NamespaceTree.children(namespace), "namespace in " + NamespaceTree.path(namespace),
				IssueCodes.DUPLICATE_NAMESPACE);
		User superuser = null;
		for (User user : users) {
			if (!user.isSuperuser()) {
				continue;
			}
			if (superuser == null) {
				superuser = user;
			} else {
				error("namespace " + NamespaceTree.path(namespace) + " already has a superuser, '"
						+ superuser.getName() + "' (line " + line(superuser) + ")", user,
						STRATA.getUser_Superuser(), IssueCodes.MULTIPLE_SUPERUSERS);
			}
		}
	}

	@Check
	public void checkGrants(User user) {
		List<Privilege> granted = user.getPrivileges();
		for (int i = 0; i < granted.size(); i++) {
			Privilege privilege = granted.get(i);
			if (!privilege.eIsProxy() && granted.subList(0, i).contains(privilege)) {
				error("privilege '" + privilege.getName() + "' is granted to '" + user.getName() + "' twice", user,
						STRATA.getUser_Privileges(), i, IssueCodes.DUPLICATE_GRANT);
			}
		}
	}

	/** Runs the manifest writer itself, so that whatever validates can also be compiled. */
	@Check
	public void checkManifestLimits(SystemDefinition system) {
		try {
			new ManifestWriter().write(system);
		} catch (ManifestLimitException e) {
			EStructuralFeature feature = e.element() instanceof RootMember ? STRATA.getRootMember_Name()
					: STRATA.getSystemDefinition_Name();
			error(e.getMessage(), e.element(), feature, IssueCodes.MANIFEST_LIMIT);
		}
	}

	/** Reports every element whose name an earlier one in the list already has. */
	private void reportDuplicates(List<? extends RootMember> members, String what, String code) {
		Map<String, RootMember> first = new HashMap<>();
		for (RootMember member : members) {
			if (member.getName() == null) {
				continue;
			}
			RootMember earlier = first.putIfAbsent(member.getName(), member);
			if (earlier != null) {
				error("duplicate " + what + ": '" + member.getName() + "' is already declared at line "
						+ line(earlier), member, STRATA.getRootMember_Name(), code);
			}
		}
	}

	private static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
