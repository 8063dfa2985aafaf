package dev.twiliospring.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ResultsTable}: each row compares this library with twilio-java the
 * right way round, against the right target.
 */
class ResultsTableTests {

	@TempDir
	Path results;

	@Test
	void twimlRowsCompareOursWithTwilioJavaAgainstTenTimes() throws IOException {
		Path file = write("twiml.json", result("TwimlBenchmark.ours", "IVR", 1, 300, null),
				result("TwimlBenchmark.twilioJava", "IVR", 1, 20, null),
				result("TwimlBenchmark.ours", "DIAL_20_SSML", 1, 90, null),
				result("TwimlBenchmark.twilioJava", "DIAL_20_SSML", 1, 10, null));
		List<String> table = ResultsTable.table(file.toString());
		assertThat(table).hasSize(4);
		assertThat(row(table, "| TwimlBenchmark | IVR | 1 |"))
			.contains("| 300.000 ± 1.000 ops/ms | 20.000 ± 1.000 ops/ms |", "| 15.00× | ≥ 10× met |");
		assertThat(row(table, "| TwimlBenchmark | DIAL_20_SSML | 1 |")).contains("| 9.00× | ≥ 10× **missed** |");
	}

	@Test
	void signatureRowsCompareOursWithTwilioJavaAndOurTimeWithTheFloorsTime() throws IOException {
		Path file = write("signature.json", result("SignatureBenchmark.ours", "FORM_12_PARAMS", 1, 1000, null),
				result("SignatureBenchmark.twilioJava", "FORM_12_PARAMS", 1, 400, null),
				result("SignatureBenchmark.floor", "FORM_12_PARAMS", 1, 1400, null),
				result("SignatureBenchmark.ours", "JSON_BODY_SHA256", 1, 1000, null),
				result("SignatureBenchmark.twilioJava", "JSON_BODY_SHA256", 1, 600, null),
				result("SignatureBenchmark.floor", "JSON_BODY_SHA256", 1, 1600, null));
		List<String> table = ResultsTable.table(file.toString());
		assertThat(row(table, "| SignatureBenchmark | FORM_12_PARAMS | 1 |")).contains(
				"floor 1,400.000 ± 1.000 ops/ms (ours ÷ floor = 0.71×)",
				"| 2.50× | ≥ 2× met; ≤ 1.5× floor's time met |");
		assertThat(row(table, "| SignatureBenchmark | JSON_BODY_SHA256 | 1 |"))
			.contains("| 1.67× | ≥ 2× **missed**; ≤ 1.5× floor's time **missed** |");
	}

	@Test
	void clientRowsCompareOursOnItsDefaultTransportWithTwilioJavaAndTheirAllocation() throws IOException {
		Path file = write("client.json", result("ClientBenchmark.OneThread.ours", null, 1, 12, 10_000.0),
				result("ClientBenchmark.OneThread.oursOnApache", null, 1, 3, 9_000.0),
				result("ClientBenchmark.OneThread.twilioJava", null, 1, 6, 30_000.0),
				result("ClientBenchmark.OneThread.roundTrip", null, 1, 24, 100.0),
				result("ClientBenchmark.ThirtyTwoThreads.ours", null, 32, 14, 16_000.0),
				result("ClientBenchmark.ThirtyTwoThreads.twilioJava", null, 32, 10, 30_000.0));
		Path oneCpu = write("one-cpu.json", result("ClientBenchmark.OneThread.ours", null, 1, 5, 10_000.0),
				result("ClientBenchmark.OneThread.twilioJava", null, 1, 4, 30_000.0));
		List<String> table = ResultsTable.table(file.toString(), "one CPU=" + oneCpu);
		assertThat(table).hasSize(5);
		assertThat(row(table, "| ClientBenchmark.OneThread |  | 1 |")).contains(
				"oursOnApache 3.000 ± 1.000 ops/ms (ours ÷ oursOnApache = 4.00×)",
				"roundTrip 24.000 ± 1.000 ops/ms (ours ÷ roundTrip = 0.50×)",
				"| 2.00× | ≥ 1.5× met; a client costing nothing beyond roundTrip: 4.00×; "
						+ "time added to roundTrip's 41.7 µs: ours 41.7 µs, twilio-java 125.0 µs |",
				"| 10,000 B / 30,000 B = 0.33 | ≤ 0.5 met |");
		assertThat(row(table, "| ClientBenchmark.ThirtyTwoThreads |  | 32 |"))
			.contains("| 1.40× | ≥ 1.5× **missed** | 16,000 B / 30,000 B = 0.53 | ≤ 0.5 **missed** |");
		assertThat(row(table, "| ClientBenchmark.OneThread (one CPU) |  | 1 |"))
			.contains("| 1.25× | ≥ 1.5× **missed** |");
	}

	@Test
	void clientRowsSayWhenNoClientCouldMeetTheTargetBecauseTheRoundTripDominates() throws IOException {
		Path file = write("client.json", result("ClientBenchmark.OneThread.ours", null, 1, 12.5, 10_000.0),
				result("ClientBenchmark.OneThread.twilioJava", null, 1, 10, 30_000.0),
				result("ClientBenchmark.OneThread.roundTrip", null, 1, 14, 100.0),
				result("ClientBenchmark.ThirtyTwoThreads.ours", null, 32, 50, 10_000.0),
				result("ClientBenchmark.ThirtyTwoThreads.twilioJava", null, 32, 20, 30_000.0),
				result("ClientBenchmark.ThirtyTwoThreads.roundTrip", null, 32, 80, 100.0));
		List<String> table = ResultsTable.table(file.toString());
		assertThat(row(table, "| ClientBenchmark.OneThread |  | 1 |"))
			.contains("| 1.25× | ≥ 1.5× **missed**; a client costing nothing beyond roundTrip: 1.40×, "
					+ "so no client meets ≥ 1.5× here; time added to roundTrip's 71.4 µs: ours 8.6 µs, "
					+ "twilio-java 28.6 µs |");
		assertThat(row(table, "| ClientBenchmark.ThirtyTwoThreads |  | 32 |"))
			.contains("| 2.50× | ≥ 1.5× met; a client costing nothing beyond roundTrip: 4.00× |");
	}

	private static String row(List<String> table, String start) {
		List<String> rows = table.stream().filter((line) -> line.startsWith(start)).toList();
		assertThat(rows).as(start).hasSize(1);
		return rows.get(0);
	}

	private Path write(String name, String... results) throws IOException {
		Path file = this.results.resolve(name);
		Files.writeString(file, "[" + String.join(",", results) + "]", StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * A result in the shape of JMH's JSON output.
	 */
	private static String result(String benchmark, @Nullable String document, int threads, double score,
			@Nullable Double allocation) {
		String params = (document != null) ? ",\"params\":{\"document\":\"" + document + "\"}" : "";
		String secondary = (allocation != null)
				? "{\"gc.alloc.rate.norm\":{\"score\":" + allocation + ",\"scoreError\":1.0,\"scoreUnit\":\"B/op\"}}"
				: "{}";
		return String.format(Locale.ROOT,
				"{\"benchmark\":\"dev.twiliospring.benchmarks.%s\",\"mode\":\"thrpt\",\"threads\":%d%s,"
						+ "\"primaryMetric\":{\"score\":%s,\"scoreError\":1.0,\"scoreUnit\":\"ops/ms\"},"
						+ "\"secondaryMetrics\":%s}",
				benchmark, threads, params, score, secondary);
	}

}
