package dev.strata.dsl.generator;

import java.io.ByteArrayInputStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Inject;

import dev.strata.dsl.compiler.ManifestLimitException;
import dev.strata.dsl.compiler.ManifestWriter;
import dev.strata.dsl.strata.SystemDefinition;

/**
 * Writes {@code NAME.manifest} next to the generated output for {@code NAME.strata}, for the Xtext builder and
 * other IGenerator2 callers. A file with errors yields no manifest rather than a wrong one.
 */
public class StrataGenerator extends AbstractGenerator {

	@Inject
	private IResourceValidator validator;

	@Override
	public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof SystemDefinition system)) {
			return;
		}
		boolean hasErrors = validator.validate(resource, CheckMode.ALL, context.getCancelIndicator()).stream()
				.anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
		if (hasErrors) {
			return;
		}
		try {
			byte[] manifest = new ManifestWriter().write(system);
			fsa.generateFile(manifestName(resource), new ByteArrayInputStream(manifest));
		} catch (ManifestLimitException e) {
			// the validator reports this same limit as an error, so it has already been shown
		}
	}

	static String manifestName(Resource resource) {
		String name = resource.getURI().trimFileExtension().lastSegment();
		return (name == null || name.isEmpty() ? "system" : name) + ".manifest";
	}
}
