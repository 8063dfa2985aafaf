package dev.twiliospring.benchmarks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SignatureBenchmark}: every contender accepts the signed request, so
 * that each measures a successful validation.
 */
class SignatureBenchmarkTests {

	@ParameterizedTest
	@EnumSource(SignatureBenchmark.Request.class)
	void everyContenderAcceptsTheSignedRequest(SignatureBenchmark.Request request) throws Exception {
		SignatureBenchmark benchmark = new SignatureBenchmark();
		benchmark.request = request;
		benchmark.setUp();
		assertThat(benchmark.ours()).isTrue();
		assertThat(benchmark.twilioJava()).isTrue();
		assertThat(benchmark.floor()).isTrue();
	}

}
