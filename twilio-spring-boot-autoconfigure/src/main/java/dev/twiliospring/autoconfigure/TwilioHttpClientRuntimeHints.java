package dev.twiliospring.autoconfigure;

import java.lang.reflect.Field;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

/**
 * {@link RuntimeHintsRegistrar} for the fields that the auto-configuration reads to tell
 * whether a request factory of the application's holds a JDK {@code HttpClient} that
 * follows redirects, so that the check still sees them in a native image rather than
 * refusing every such request factory.
 */
class TwilioHttpClientRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		// A runtime made with jlink may leave out the JDK's HTTP client, and no check runs
		if (!ClassUtils.isPresent("java.net.http.HttpClient", classLoader)) {
			return;
		}
		register(hints, JdkRedirects.HTTP_CLIENT);
		register(hints, RequestFactoryLayers.WRAPPED);
	}

	private static void register(RuntimeHints hints, @Nullable Field field) {
		if (field != null) {
			hints.reflection().registerField(field);
		}
	}

}
