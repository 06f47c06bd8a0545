package dev.strata.dsl.compiler;

import org.eclipse.emf.ecore.EObject;

/**
 * A model that cannot be encoded in manifest version 1: too many namespaces or users for a u16 id, or a manifest
 * over 1 MiB. Carries the element that crossed the limit, so the error can be shown at its place in the source.
 */
public final class ManifestLimitException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient EObject element;

	public ManifestLimitException(EObject element, String message) {
		super(message);
		this.element = element;
	}

	/** The model element whose record crossed the limit. */
	public EObject element() {
		return element;
	}
}
