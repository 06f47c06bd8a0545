package dev.strata.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dev.strata.dsl.compiler.StrataCompiler;
import dev.strata.dsl.strata.SystemDefinition;

/** The IGenerator2 the Xtext builder runs: NAME.strata gives NAME.manifest, and nothing when there are errors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(StrataInjectorProvider.class)
class StrataGeneratorTest {

	@Inject
	private ParseHelper<SystemDefinition> parser;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IGenerator2 generator;

	@Test
	void writesTheManifestNamedAfterTheFile() throws Exception {
		InMemoryFileSystemAccess fsa = generate(Examples.hello(), "hello.strata");
		String key = IFileSystemAccess.DEFAULT_OUTPUT + "hello.manifest";
		assertEquals(1, fsa.getBinaryFiles().size(), () -> "files: " + fsa.getAllFiles().keySet());
		byte[] expected = StrataCompiler.create().compile("hello.strata", Examples.hello()).manifest();
		assertArrayEquals(expected, fsa.getBinaryFiles().get(key));
	}

	@Test
	void writesNothingForAFileWithErrors() throws Exception {
		InMemoryFileSystemAccess fsa = generate("system s user u user u", "dup.strata");
		assertTrue(fsa.getAllFiles().isEmpty());
	}

	private InMemoryFileSystemAccess generate(String text, String fileName) throws Exception {
		SystemDefinition system = parser.parse(text, URI.createURI("inmemory:/" + fileName), resourceSets.get());
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(system.eResource(), fsa, new GeneratorContext());
		return fsa;
	}
}
