package dev.strata.dsl.compiler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.strata.dsl.StrataStandaloneSetup;
import dev.strata.dsl.strata.SystemDefinition;

/**
 * Compiles .strata source text to a boot manifest without exposing Xtext: the facade the CLI and the Eclipse
 * launcher call. Syntax, reference and validation problems all come back as {@link Problem}s with 1-based line
 * and column; bad input never throws.
 *
 * <p>The Guice injector is built once per class loader (it registers the EMF package, which works the same in
 * and out of OSGi). Each compile parses into a fresh resource set, so results never depend on earlier calls;
 * compile is synchronized because Xtext's parser and validator instances are shared singletons.
 */
public final class StrataCompiler {

	private static Injector injector;

	private final Injector languageInjector;
	private final ManifestWriter writer = new ManifestWriter();

	private StrataCompiler(Injector languageInjector) {
		this.languageInjector = languageInjector;
	}

	public static StrataCompiler create() {
		return new StrataCompiler(sharedInjector());
	}

	private static synchronized Injector sharedInjector() {
		if (injector == null) {
			injector = new StrataStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Compiles one file.
	 *
	 * @param fileName used in problems only (for example "hello.strata" or a path); nothing is read from disk
	 * @param text the whole source
	 */
	public CompileResult compile(String fileName, String text) {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(text, "text");
		synchronized (StrataCompiler.class) {
			try {
				return new Compilation(fileName, text).run();
			} catch (RuntimeException bug) {
				// A defect in the compiler, not in the input: still one line for the user, never a stack trace.
				return new CompileResult(null, List.of(new Problem(Problem.Severity.ERROR, fileName, 1, 1, 0, 0,
						"internal compiler error: " + bug)));
			}
		}
	}

	/** One call of compile: the text, its resource and the problems found so far. */
	private final class Compilation {
		private final String fileName;
		private final String text;
		private final List<Problem> problems = new ArrayList<>();

		Compilation(String fileName, String text) {
			this.fileName = fileName;
			this.text = text;
		}

		CompileResult run() {
			XtextResource resource;
			try {
				resource = parse();
			} catch (IOException e) {
				problems.add(problem(Problem.Severity.ERROR, 0, 0, "cannot parse: " + e.getMessage()));
				return new CompileResult(null, problems);
			}
			IResourceValidator validator = languageInjector.getInstance(IResourceValidator.class);
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				report(issue);
			}
			byte[] manifest = null;
			if (problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
				manifest = write(resource);
			}
			problems.sort(Comparator.comparingInt(Problem::offset));
			return new CompileResult(manifest, problems);
		}

		private XtextResource parse() throws IOException {
			XtextResourceSet resourceSet = languageInjector.getInstance(XtextResourceSet.class);
			IResourceFactory factory = languageInjector.getInstance(IResourceFactory.class);
			XtextResource resource = (XtextResource) factory.createResource(URI.createURI("inmemory:/"
					+ URI.encodeSegment(baseName(fileName), false)));
			resourceSet.getResources().add(resource);
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return resource;
		}

		private byte[] write(XtextResource resource) {
			if (resource.getContents().isEmpty()
					|| !(resource.getContents().get(0) instanceof SystemDefinition system)) {
				problems.add(problem(Problem.Severity.ERROR, 0, 0, "expected 'system NAME' at the start"));
				return null;
			}
			try {
				return writer.write(system);
			} catch (ManifestLimitException e) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(e.element());
				problems.add(node == null ? problem(Problem.Severity.ERROR, 0, 0, e.getMessage())
						: problem(Problem.Severity.ERROR, node.getOffset(), node.getLength(), e.getMessage()));
				return null;
			}
		}

		private void report(Issue issue) {
			Problem.Severity severity;
			if (issue.getSeverity() == Severity.ERROR) {
				severity = Problem.Severity.ERROR;
			} else if (issue.getSeverity() == Severity.WARNING) {
				severity = Problem.Severity.WARNING;
			} else {
				return; // INFO and IGNORE are not problems
			}
			int offset = issue.getOffset() == null ? 0 : issue.getOffset();
			int length = issue.getLength() == null ? 0 : issue.getLength();
			problems.add(problem(severity, offset, length, oneLine(issue.getMessage())));
		}

		private Problem problem(Problem.Severity severity, int offset, int length, String message) {
			int clamped = Math.max(0, Math.min(offset, text.length()));
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < clamped; i++) {
				if (text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			return new Problem(severity, fileName, line, clamped - lineStart + 1, clamped, length, message);
		}
	}

	private static String baseName(String fileName) {
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return name.isEmpty() ? "input.strata" : name;
	}

	/** ANTLR messages can quote a newline token; a problem is one line. */
	private static String oneLine(String message) {
		return message == null ? "" : message.replace("\r", "\\r").replace("\n", "\\n");
	}
}
