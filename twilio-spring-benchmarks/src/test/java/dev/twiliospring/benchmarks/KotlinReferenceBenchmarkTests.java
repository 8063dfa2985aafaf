package dev.twiliospring.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KotlinReferenceBenchmark}: every shape of reference is a webhook to
 * the matcher, which finds it one by the function it names rather than by its class or
 * receiver.
 */
class KotlinReferenceBenchmarkTests {

	@ParameterizedTest
	@EnumSource(KotlinReferenceBenchmark.Shape.class)
	void everyShapeIsTakenForAWebhook(KotlinReferenceBenchmark.Shape shape) {
		KotlinReferenceBenchmark benchmark = new KotlinReferenceBenchmark();
		benchmark.shape = shape;
		benchmark.setUp();
		assertThat(benchmark.isWebhookHandler()).isTrue();
	}

	@Test
	void referenceOfTheSameClassToAnUnannotatedFunctionOfTheSameFileIsNoWebhook() {
		assertThat(TwilioWebhookRequestMatcher.isWebhookHandler(KotlinReferences.unannotated())).isFalse();
	}

}
