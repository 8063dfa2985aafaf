package dev.twiliospring.benchmarks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link SignatureBenchmark}: every contender accepts the signed request, so
 * that each measures a successful validation, and each does the whole work of one.
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

	@Test
	void formRequestHasTwelveParametersThatEveryContenderGets() {
		assertThat(SignedRequests.FORM_PARAMETERS).hasSize(12);
		assertThat(SignedRequests.formParametersMultiValued()).hasSize(12)
			.allSatisfy((name, values) -> assertThat(values).containsExactly(SignedRequests.FORM_PARAMETERS.get(name)));
	}

	@Test
	void everyContenderHashesTheJsonBodyItIsGiven() throws Exception {
		SignatureBenchmark benchmark = new SignatureBenchmark();
		benchmark.request = SignatureBenchmark.Request.JSON_BODY_SHA256;
		benchmark.setUp();
		benchmark.receiveBody(new String(SignedRequests.JSON_BODY, StandardCharsets.UTF_8)
			.replace("DELIVERED", "UNDELIVERED")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(benchmark.ours()).isFalse();
		assertThat(benchmark.twilioJava()).isFalse();
		assertThat(benchmark.floor()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(SignatureBenchmark.Request.class)
	void setUpRefusesToMeasureAContenderThatRejectsTheRequest(SignatureBenchmark.Request request) {
		assertSetUpRefuses(new SignatureBenchmark() {

			@Override
			public boolean twilioJava() {
				return false;
			}

		}, request);
		assertSetUpRefuses(new SignatureBenchmark() {

			@Override
			public boolean floor() {
				return false;
			}

		}, request);
	}

	private static void assertSetUpRefuses(SignatureBenchmark benchmark, SignatureBenchmark.Request request) {
		benchmark.request = request;
		assertThatIllegalStateException().isThrownBy(benchmark::setUp)
			.withMessageContaining("rejects the valid request");
	}

}
