package dev.twiliospring.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioWebhookRequestMatcher} with an application on the module path
 * that opens its package as the README shows, to Spring's modules and not to the
 * starter's.
 */
class TwilioWebhookRequestMatcherModulePathTests {

	@TempDir
	Path directory;

	@Test
	void methodReferenceToAnnotatedHandlerOfANamedModuleIsAWebhook() throws Exception {
		Path starter = jar(location(TwilioWebhook.class), "dev.twiliospring");
		Path springCore = location(ReflectionUtils.class);
		Path app = compileApp(starter, springCore);
		Configuration configuration = ModuleLayer.boot()
			.configuration()
			.resolve(ModuleFinder.of(app, starter, springCore), ModuleFinder.of(), Set.of("app"));
		ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, getClass().getClassLoader());
		Object route = layer.findLoader("app").loadClass("app.SmsHandler").getMethod("route").invoke(null);
		Class<?> matcher = layer.findLoader("dev.twiliospring").loadClass(TwilioWebhookRequestMatcher.class.getName());
		boolean webhook = (boolean) matcher.getMethod("isWebhookHandler", Object.class).invoke(null, route);
		assertThat(webhook).as("smsHandler::reply, where reply is @TwilioWebhook").isTrue();
	}

	private Path compileApp(Path starter, Path springCore) throws IOException {
		Path sources = Files.createDirectories(this.directory.resolve("src/app"));
		Files.writeString(sources.getParent().resolve("module-info.java"),
				"module app { requires dev.twiliospring; exports app; opens app to spring.core, spring.beans, spring.context, "
						+ "spring.web; }");
		Files.writeString(sources.resolve("SmsHandler.java"), """
				package app;

				import java.util.function.Function;

				import dev.twiliospring.webhook.TwilioWebhook;

				public class SmsHandler {

					@TwilioWebhook
					public String reply(String body) {
						return body;
					}

					public static Object route() {
						SmsHandler handler = new SmsHandler();
						Function<String, String> route = handler::reply;
						return route;
					}

				}
				""");
		Path classes = this.directory.resolve("app");
		int result = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-proc:none", "-Xlint:-module", "--module-path",
					starter + java.io.File.pathSeparator + springCore, "-d", classes.toString(),
					sources.getParent().resolve("module-info.java").toString(),
					sources.resolve("SmsHandler.java").toString());
		assertThat(result).as("javac exit code").isZero();
		return classes;
	}

	private Path jar(Path classes, String moduleName) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), moduleName);
		Path jar = this.directory.resolve(moduleName + ".jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = classes.relativize(file).toString().replace('\\', '/');
				if (name.startsWith("META-INF/")) {
					continue;
				}
				out.putNextEntry(new JarEntry(name));
				copy(file, out);
				out.closeEntry();
			}
		}
		return jar;
	}

	private static void copy(Path file, OutputStream out) throws IOException {
		out.write(Files.readAllBytes(file));
	}

	private static Path location(Class<?> type) throws Exception {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

}
