package dev.strata.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import dev.strata.dsl.model.NamespaceTree;
import dev.strata.dsl.strata.StrataPackage;
import dev.strata.dsl.strata.SystemDefinition;

/**
 * A user's privileges are the privileges of its own system, wherever the user is nested; nothing is visible
 * across files, since each file is a whole system compiled on its own.
 */
public class StrataScopeProvider extends AbstractStrataScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == StrataPackage.Literals.USER__PRIVILEGES) {
			SystemDefinition system = EcoreUtil2.getContainerOfType(context, SystemDefinition.class);
			return system == null ? IScope.NULLSCOPE : Scopes.scopeFor(NamespaceTree.privileges(system));
		}
		return super.getScope(context, reference);
	}
}
