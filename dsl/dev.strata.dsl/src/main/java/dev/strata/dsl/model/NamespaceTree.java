package dev.strata.dsl.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.strata.dsl.strata.Namespace;
import dev.strata.dsl.strata.Privilege;
import dev.strata.dsl.strata.RootMember;
import dev.strata.dsl.strata.SystemDefinition;
import dev.strata.dsl.strata.User;

/**
 * Reads a parsed system as the kernel sees it: a tree of namespaces whose root is the system itself (named "/").
 * The grammar gives the system and a nested namespace different member types, so the validator and the manifest
 * writer look at both through this one view.
 */
public final class NamespaceTree {

	/** The kernel's name for the root namespace, which the source file does not spell out. */
	public static final String ROOT_NAME = "/";

	private NamespaceTree() {
	}

	/** The members of a namespace-like container: the system (root namespace) or a nested namespace. */
	public static List<? extends RootMember> members(EObject namespace) {
		if (namespace instanceof SystemDefinition system) {
			return system.getMembers();
		}
		if (namespace instanceof Namespace nested) {
			return nested.getMembers();
		}
		throw new IllegalArgumentException("not a namespace: " + namespace.eClass().getName());
	}

	/** The users declared directly in a namespace, in declaration order. */
	public static List<User> users(EObject namespace) {
		return ofType(members(namespace), User.class);
	}

	/** The namespaces declared directly in a namespace, in declaration order. */
	public static List<Namespace> children(EObject namespace) {
		return ofType(members(namespace), Namespace.class);
	}

	/** The privileges of a system, in declaration order: the index of each is its bit number. */
	public static List<Privilege> privileges(SystemDefinition system) {
		return ofType(system.getMembers(), Privilege.class);
	}

	/** The full path the kernel prints for a namespace: "/", "/web", "/web/cache". */
	public static String path(EObject namespace) {
		if (!(namespace instanceof Namespace nested)) {
			return ROOT_NAME;
		}
		String parent = path(nested.eContainer());
		return (parent.equals(ROOT_NAME) ? "" : parent) + "/" + nested.getName();
	}

	private static <T> List<T> ofType(List<? extends RootMember> members, Class<T> type) {
		List<T> result = new ArrayList<>();
		for (RootMember member : members) {
			if (type.isInstance(member)) {
				result.add(type.cast(member));
			}
		}
		return result;
	}
}
