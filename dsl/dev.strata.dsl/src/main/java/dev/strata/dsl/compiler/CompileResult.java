package dev.strata.dsl.compiler;

import java.util.List;

/**
 * What {@link StrataCompiler#compile} produced.
 *
 * @param manifest the boot manifest (docs/manifest.md), or null when there was any error
 * @param problems all errors and warnings, ordered by position in the text
 */
public record CompileResult(byte[] manifest, List<Problem> problems) {

	public CompileResult {
		problems = List.copyOf(problems);
	}

	/** True when a manifest was written; there may still be warnings. */
	public boolean ok() {
		return manifest != null;
	}
}
