package dev.strata.dsl.compiler;

import java.util.Locale;
import java.util.Objects;

/**
 * One syntax, reference or validation problem found while compiling a .strata file.
 *
 * @param severity whether it blocks the manifest (ERROR) or not (WARNING)
 * @param fileName the name the caller passed to {@link StrataCompiler#compile}, as given
 * @param line 1-based line of the problem's first character
 * @param column 1-based column, counted in UTF-16 chars as Java strings and Eclipse editors count them
 * @param offset 0-based char offset into the compiled text
 * @param length number of chars the problem covers (0 at the end of the text)
 * @param message one line, without the position
 */
public record Problem(Severity severity, String fileName, int line, int column, int offset, int length,
		String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(message, "message");
	}

	/** The compiler-style line: {@code hello.strata:3:7: error: mismatched input 'x' expecting ...}. */
	public String format() {
		return fileName + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
				+ message;
	}
}
