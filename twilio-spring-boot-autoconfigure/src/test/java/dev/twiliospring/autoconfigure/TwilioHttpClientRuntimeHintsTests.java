package dev.twiliospring.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.http.client.AbstractClientHttpRequestFactoryWrapper;
import org.springframework.http.client.JdkClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TwilioHttpClientRuntimeHints}.
 */
class TwilioHttpClientRuntimeHintsTests {

	@Test
	void registersTheFieldsThatTheJdkRedirectCheckReads() {
		RuntimeHints hints = new RuntimeHints();
		new TwilioHttpClientRuntimeHints().registerHints(hints, getClass().getClassLoader());
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(JdkClientHttpRequestFactory.class, "httpClient"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection()
			.onFieldAccess(AbstractClientHttpRequestFactoryWrapper.class, "requestFactory")).accepts(hints);
	}

	@Test
	void registersTheWrapperFieldThatTheCloseReadsWithoutTheJdkHttpClient() {
		RuntimeHints hints = new RuntimeHints();
		ClassLoader withoutJdkHttpClient = new ClassLoader(getClass().getClassLoader()) {

			@Override
			protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
				if (name.startsWith("java.net.http.")) {
					throw new ClassNotFoundException(name);
				}
				return super.loadClass(name, resolve);
			}

		};
		new TwilioHttpClientRuntimeHints().registerHints(hints, withoutJdkHttpClient);
		assertThat(RuntimeHintsPredicates.reflection()
			.onFieldAccess(AbstractClientHttpRequestFactoryWrapper.class, "requestFactory")).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onFieldAccess(JdkClientHttpRequestFactory.class, "httpClient"))
			.rejects(hints);
	}

	@Test
	void isImportedByTheConfigurationOfBootsTransport() {
		assertThat(MergedAnnotations.from(TwilioAutoConfiguration.TwilioHttpClientConfiguration.class)
			.get(ImportRuntimeHints.class)
			.getClassArray(MergedAnnotation.VALUE)).containsExactly(TwilioHttpClientRuntimeHints.class);
	}

	@Test
	void checkFindsTheFieldsItReads() {
		assertThat(JdkRedirects.HTTP_CLIENT).isNotNull();
		assertThat(RequestFactoryLayers.WRAPPED).isNotNull();
	}

}
