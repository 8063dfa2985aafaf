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
