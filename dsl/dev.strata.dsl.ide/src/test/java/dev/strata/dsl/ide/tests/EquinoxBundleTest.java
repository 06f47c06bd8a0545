package dev.strata.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Boots Equinox with both language bundles and the Xtext bundles of the test classpath, and compiles
 * hello.strata through the bundle's own class loader: proves the bnd-made manifests resolve and that the facade
 * works inside OSGi, where the EPackage is registered without plugin.xml. antlr-runtime and aopalliance are not
 * bundles on Maven Central, so they are wrapped here as the target platform wraps them.
 */
class EquinoxBundleTest {

	@TempDir
	Path work;

	private Framework framework;

	@AfterEach
	void stopFramework() throws Exception {
		if (framework != null) {
			framework.stop();
			framework.waitForStop(10_000);
		}
	}

	@Test
	void bundlesResolveAndCompileHelloInsideEquinox() throws Exception {
		framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
				.newFramework(Map.of(Constants.FRAMEWORK_STORAGE, work.resolve("storage").toString(),
						Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
		framework.start();
		List<Bundle> bundles = installClasspathBundles(framework.getBundleContext());
		framework.adapt(FrameworkWiring.class).resolveBundles(bundles);

		Bundle runtime = resolved(bundles, "dev.strata.dsl");
		Bundle ide = resolved(bundles, "dev.strata.dsl.ide");

		Class<?> compilerClass = runtime.loadClass("dev.strata.dsl.compiler.StrataCompiler");
		Object compiler = compilerClass.getMethod("create").invoke(null);
		Object result = compilerClass.getMethod("compile", String.class, String.class).invoke(compiler,
				"hello.strata", Files.readString(Path.of("../../examples/hello.strata")));
		byte[] manifest = (byte[]) result.getClass().getMethod("manifest").invoke(result);
		assertNotNull(manifest, () -> "problems: " + problems(result));
		assertEquals(224, manifest.length);

		Object setup = ide.loadClass("dev.strata.dsl.ide.StrataIdeSetup").getConstructor().newInstance();
		assertNotNull(setup.getClass().getMethod("createInjector").invoke(setup));
	}

	private static Bundle resolved(List<Bundle> bundles, String symbolicName) throws BundleException {
		Bundle bundle = bundles.stream().filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not on the test classpath as a bundle"));
		if (bundle.getState() == Bundle.INSTALLED) {
			bundle.start(); // throws a BundleException that names the unresolved requirement
		}
		return bundle;
	}

	/** Every bundle of the classpath except the framework and the test engine, plus the two wrapped jars. */
	private List<Bundle> installClasspathBundles(BundleContext context) throws IOException, BundleException {
		List<Bundle> bundles = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			File file = new File(entry);
			String name = file.getName();
			if (name.startsWith("antlr-runtime-3.2")) {
				bundles.add(context.installBundle(wrap(file, "org.antlr.runtime", "3.2.0").toUri().toString()));
			} else if (name.startsWith("aopalliance-1.0")) {
				bundles.add(context.installBundle(wrap(file, "org.aopalliance", "1.0.0").toUri().toString()));
			} else {
				String symbolicName = symbolicName(file);
				if (symbolicName != null && !symbolicName.startsWith("org.eclipse.osgi")
						&& !symbolicName.contains("junit") && !symbolicName.startsWith("org.opentest4j")) {
					// a directory (a reactor module's target/classes) installs in place by reference
					String location = file.isDirectory() ? "reference:" + file.toURI() : file.toURI().toString();
					bundles.add(context.installBundle(location));
				}
			}
		}
		return bundles;
	}

	private static String symbolicName(File file) throws IOException {
		Manifest manifest = null;
		if (file.isDirectory()) {
			Path path = file.toPath().resolve("META-INF/MANIFEST.MF");
			if (Files.exists(path)) {
				try (InputStream in = Files.newInputStream(path)) {
					manifest = new Manifest(in);
				}
			}
		} else if (file.getName().endsWith(".jar")) {
			try (JarFile jar = new JarFile(file)) {
				manifest = jar.getManifest();
			}
		}
		String value = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
		return value == null ? null : value.split(";")[0].trim();
	}

	/** Copies a plain jar with a bundle manifest that exports all of its packages at the given version. */
	private Path wrap(File jar, String symbolicName, String version) throws IOException {
		Path wrapped = work.resolve(symbolicName + ".jar");
		try (JarFile in = new JarFile(jar)) {
			TreeSet<String> packages = new TreeSet<>();
			in.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class") && n.contains("/"))
					.forEach(n -> packages.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
			Manifest manifest = new Manifest();
			Attributes main = manifest.getMainAttributes();
			main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
			main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
			main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
			main.putValue(Constants.BUNDLE_VERSION, version);
			main.putValue(Constants.EXPORT_PACKAGE, String.join(",",
					packages.stream().map(p -> p + ";version=\"" + version + "\"").toList()));
			try (OutputStream file = Files.newOutputStream(wrapped);
					JarOutputStream out = new JarOutputStream(file, manifest)) {
				for (JarEntry entry : in.stream().toList()) {
					if (entry.isDirectory() || entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
						continue;
					}
					out.putNextEntry(new JarEntry(entry.getName()));
					try (InputStream content = in.getInputStream(entry)) {
						content.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		return wrapped;
	}

	private static Object problems(Object result) {
		try {
			return result.getClass().getMethod("problems").invoke(result);
		} catch (ReflectiveOperationException e) {
			return e;
		}
	}
}
