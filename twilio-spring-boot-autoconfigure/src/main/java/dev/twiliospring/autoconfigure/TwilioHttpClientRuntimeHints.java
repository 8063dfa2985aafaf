package dev.twiliospring.autoconfigure;

import java.lang.reflect.Field;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the fields that the auto-configuration reads of a
 * request factory of the application's: the factory inside a wrapper, to find the layers
 * the client created and closes, and the JDK {@code HttpClient} of a JDK request factory,
 * to tell whether it follows redirects, so that in a native image the close still finds
 * those layers and the check still sees the client rather than refusing every such
 * request factory.
 */
class TwilioHttpClientRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		register(hints, RequestFactoryLayers.WRAPPED);
		// A runtime made with jlink may leave out the JDK's HTTP client, and no check runs
		if (ClassUtils.isPresent("java.net.http.HttpClient", classLoader)) {
			register(hints, JdkRedirects.HTTP_CLIENT);
		}
	}

	private static void register(RuntimeHints hints, @Nullable Field field) {
		if (field != null) {
			hints.reflection().registerField(field);
		}
	}

}
