package dev.strata.dsl.linking;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import dev.strata.dsl.strata.StrataPackage;

/** Says what an unknown privilege name means in this language instead of Xtext's generic message. */
public class StrataLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (context.getReference() == StrataPackage.Literals.USER__PRIVILEGES) {
			return new DiagnosticMessage("unknown privilege '" + context.getLinkText()
					+ "': declare it at the top level with 'privilege " + context.getLinkText() + "'",
					Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
		}
		return super.getUnresolvedProxyMessage(context);
	}
}
