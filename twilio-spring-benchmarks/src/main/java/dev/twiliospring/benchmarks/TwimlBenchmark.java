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

/**
 * TwiML rendering: build a document and render it to a string, with this library and
 * with twilio-java's builders and {@code toXml()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TwimlBenchmark {

	@Param({ "SMS_REPLY", "IVR", "DIAL_20_SSML" })
	public TwimlDocuments.Kind document = TwimlDocuments.Kind.SMS_REPLY;

	/**
	 * Refuse to measure documents that are not equivalent: what the two benchmark
	 * methods return is compared, so that the check covers exactly what is measured.
	 */
	@Setup
	public void checkEquivalence() {
		XmlCanonicalizer.requireEquivalent(ours(), twilioJava());
	}

	@Benchmark
	public String ours() {
		return this.document.ours();
	}

	@Benchmark
	public String twilioJava() {
		return this.document.twilioJava();
	}

}
