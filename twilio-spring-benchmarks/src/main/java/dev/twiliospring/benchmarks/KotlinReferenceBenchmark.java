package dev.twiliospring.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.twiliospring.webhook.TwilioWebhookRequestMatcher;

/**
 * What the webhook matcher does for every request to a route of Kotlin's router DSL
 * whose handler is a function reference that names its function rather than an
 * annotated object: whether the handler is a webhook.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KotlinReferenceBenchmark {

	/**
	 * The kind of function reference.
	 */
	public enum Shape {

		/** {@code ::reply} of a top-level function. */
		TOP_LEVEL,

		/** {@code smsService::reply} of a top-level extension function. */
		EXTENSION,

		/** {@code ::reply} of a top-level internal function. */
		INTERNAL,

		/** {@code ::reply} of a top-level function adapted to the DSL's type. */
		ADAPTED

	}

	@Param({ "TOP_LEVEL", "EXTENSION", "INTERNAL", "ADAPTED" })
	public Shape shape = Shape.TOP_LEVEL;

	private Object handler = KotlinReferences.topLevel();

	/**
	 * Build the reference, and refuse to measure one the matcher takes for no webhook,
	 * as that answer could come by another path.
	 */
	@Setup
	public void setUp() {
		this.handler = switch (this.shape) {
			case TOP_LEVEL -> KotlinReferences.topLevel();
			case EXTENSION -> KotlinReferences.extension();
			case INTERNAL -> KotlinReferences.internal();
			case ADAPTED -> KotlinReferences.adapted();
		};
		if (!isWebhookHandler()) {
			throw new IllegalStateException("The matcher takes the " + this.shape + " reference for no webhook");
		}
	}

	@Benchmark
	public boolean isWebhookHandler() {
		return TwilioWebhookRequestMatcher.isWebhookHandler(this.handler);
	}

}
