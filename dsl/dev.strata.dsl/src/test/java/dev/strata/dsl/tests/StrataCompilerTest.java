package dev.strata.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.strata.dsl.compiler.CompileResult;
import dev.strata.dsl.compiler.Problem;
import dev.strata.dsl.compiler.StrataCompiler;

/** The Xtext-free facade, as the CLI and the Eclipse launcher use it. */
class StrataCompilerTest {

	private final StrataCompiler compiler = StrataCompiler.create();

	@Test
	void helloCompilesWithoutProblems() {
		CompileResult result = compiler.compile("hello.strata", Examples.hello());
		assertTrue(result.ok());
		assertEquals(List.of(), result.problems());
		assertEquals(224, result.manifest().length);
	}

	@Test
	void aSyntaxErrorNamesFileLineAndColumn() {
		CompileResult result = compiler.compile("bad.strata", "system s\nprivilege mount\nuser alice privileges mount x\n");
		assertFalse(result.ok());
		assertNull(result.manifest());
		Problem problem = result.problems().get(0);
		assertEquals(Problem.Severity.ERROR, problem.severity());
		assertEquals(3, problem.line());
		assertEquals(29, problem.column());
		assertEquals("bad.strata:3:29: error: " + problem.message(), problem.format());
		assertTrue(problem.message().contains("'x'"), problem.message());
	}

	@Test
	void aMissingOrMalformedNameSaysANameIsExpected() {
		assertEquals(List.of("n.strata:2:1: error: expected a name (an identifier or a quoted string) at the end "
				+ "of the file"), formatted(compiler.compile("n.strata", "system s\nuser")));
		assertEquals(List.of("n.strata:1:20: error: expected a name (an identifier or a quoted string) at '1'"),
				formatted(compiler.compile("n.strata", "system s privilege 1x")));
		assertEquals(List.of("n.strata:1:20: error: expected a name (an identifier or a quoted string) at '{'"),
				formatted(compiler.compile("n.strata", "system s namespace { }")));
	}

	@Test
	void otherSyntaxErrorsKeepAntlrsWording() {
		assertEquals(List.of("n.strata:1:25: error: mismatched input '<EOF>' expecting '}'"),
				formatted(compiler.compile("n.strata", "system s namespace web { ")));
	}

	@Test
	void aValidationErrorYieldsNoManifest() {
		CompileResult result = compiler.compile("dup.strata", "system s\r\nuser u\r\n  user u\r\n");
		assertNull(result.manifest());
		assertEquals(1, result.problems().size());
		Problem problem = result.problems().get(0);
		assertEquals("dup.strata:3:8: error: duplicate user in namespace /: 'u' is already declared at line 2",
				problem.format());
		assertEquals(new Problem(Problem.Severity.ERROR, "dup.strata", 3, 8, 25, 1, problem.message()), problem);
	}

	@Test
	void warningsDoNotBlockTheManifest() {
		CompileResult result = compiler.compile("w.strata", "system s\nprivilege spare\nuser u\n");
		assertTrue(result.ok());
		assertEquals(List.of("w.strata:2:11: warning: privilege 'spare' is granted to no user"),
				result.problems().stream().map(Problem::format).toList());
	}

	@Test
	void columnsCountCharactersAfterNonAsciiText() {
		CompileResult result = compiler.compile("u.strata", "system s user \"ünïcödé\" privileges nope");
		assertEquals("u.strata:1:36: error: unknown privilege 'nope': declare it at the top level with "
				+ "'privilege nope'", result.problems().get(0).format());
	}

	@Test
	void emptyInputIsAnErrorNotACrash() {
		CompileResult result = compiler.compile("empty.strata", "");
		assertFalse(result.ok());
		assertEquals(1, result.problems().get(0).line());
		assertEquals(1, result.problems().get(0).column());
	}

	@Test
	void problemsComeInTextOrder() {
		CompileResult result = compiler.compile("two.strata", "system s user a user a superuser user b superuser");
		assertEquals(List.of(1, 1), result.problems().stream().map(Problem::line).toList());
		List<Integer> offsets = result.problems().stream().map(Problem::offset).toList();
		assertEquals(offsets.stream().sorted().toList(), offsets);
		assertEquals(2, offsets.size());
	}

	@Test
	void compilesFromSeveralThreadsAtOnce() throws Exception {
		byte[] expected = compiler.compile("hello.strata", Examples.hello()).manifest();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<CompileResult>> results = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				StrataCompiler own = i % 2 == 0 ? compiler : StrataCompiler.create();
				results.add(pool.submit(() -> own.compile("hello.strata", Examples.hello())));
			}
			for (Future<CompileResult> result : results) {
				assertArrayEquals(expected, result.get().manifest());
			}
		} finally {
			pool.shutdown();
		}
	}

	private static List<String> formatted(CompileResult result) {
		return result.problems().stream().map(Problem::format).toList();
	}
}
