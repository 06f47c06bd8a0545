package dev.strata.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's example files, read from the checkout so tests always see what users see. */
final class Examples {

	private Examples() {
	}

	/** examples/hello.strata, exactly as committed. Surefire runs with the module directory as working dir. */
	static String hello() {
		try {
			return Files.readString(Path.of("../../examples/hello.strata"), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
