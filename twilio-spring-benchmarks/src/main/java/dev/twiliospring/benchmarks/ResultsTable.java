package dev.twiliospring.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into a Markdown table: one row per benchmark case, with the
 * score of each contender, the ratios that the targets are about, and whether each
 * target is met.
 * <p>
 * Run: {@code java -cp benchmarks.jar dev.twiliospring.benchmarks.ResultsTable results.json...}.
 * An argument {@code label=results.json} marks the rows of that file with the label, so
 * that the same benchmark run under other conditions gets rows of its own.
 */
public final class ResultsTable {

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private ResultsTable() {
	}

	public static void main(String[] args) {
		table(args).forEach(System.out::println);
	}

	/**
	 * Return the lines of the table of the given results.
	 * @param args JMH JSON result files, each optionally {@code label=file}
	 * @return the lines of the Markdown table
	 */
	static List<String> table(String... args) {
		Map<String, Map<String, Score>> rows = new LinkedHashMap<>();
		JsonMapper mapper = JsonMapper.shared();
		for (String arg : args) {
			int split = arg.indexOf('=');
			String label = (split > 0) ? " (" + arg.substring(0, split) + ")" : "";
			String file = arg.substring(split + 1);
			for (JsonNode result : mapper.readTree(new File(file))) {
				String benchmark = result.get("benchmark").asString();
				String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
				String type = benchmark.substring(0, benchmark.lastIndexOf('.'))
					.replace("dev.twiliospring.benchmarks.", "") + label;
				Map<String, String> params = new TreeMap<>();
				JsonNode paramsNode = result.get("params");
				if (paramsNode != null) {
					paramsNode.properties().forEach((entry) -> params.put(entry.getKey(), entry.getValue().asString()));
				}
				String row = type + "|" + String.join(",", params.values()) + "|" + result.get("threads").asInt();
				JsonNode primary = result.get("primaryMetric");
				JsonNode allocation = result.path("secondaryMetrics").get(ALLOCATION);
				rows.computeIfAbsent(row, (key) -> new LinkedHashMap<>())
					.put(method, new Score(primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
							primary.get("scoreUnit").asString(),
							(allocation != null) ? allocation.get("score").asDouble() : null));
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add("| Benchmark | Case | Threads | ours | twilio-java | other | ours ÷ twilio-java | target | "
				+ "allocation per call: ours / twilio-java | target |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|");
		rows.forEach((row, scores) -> lines.add(line(row.split("\\|"), scores)));
		return lines;
	}

	private static String line(String[] row, Map<String, Score> scores) {
		Score ours = scores.get("ours");
		Score theirs = scores.get("twilioJava");
		List<String> others = new ArrayList<>();
		scores.forEach((name, score) -> {
			if (!name.equals("ours") && !name.equals("twilioJava")) {
				String relation = (ours != null)
						? String.format(Locale.ROOT, " (ours ÷ %s = %.2f×)", name, ours.score() / score.score()) : "";
				others.add(name + " " + score.format() + relation);
			}
		});
		String ratio = (ours != null && theirs != null)
				? String.format(Locale.ROOT, "%.2f×", ours.score() / theirs.score()) : "";
		String target = target(row[0], ours, theirs, scores.get("floor"))
				+ reachable(row[0], Integer.parseInt(row[2]), ours, theirs, scores.get("roundTrip"));
		String allocation = "";
		String allocationTarget = "";
		if (ours != null && theirs != null && ours.allocation() != null && theirs.allocation() != null) {
			double allocationRatio = ours.allocation() / theirs.allocation();
			allocation = String.format(Locale.ROOT, "%,.0f B / %,.0f B = %.2f", ours.allocation(), theirs.allocation(),
					allocationRatio);
			if (row[0].startsWith("ClientBenchmark")) {
				allocationTarget = verdict(allocationRatio <= 0.5, "≤ 0.5");
			}
		}
		return "| " + row[0] + " | " + row[1] + " | " + row[2] + " | " + ((ours != null) ? ours.format() : "") + " | "
				+ ((theirs != null) ? theirs.format() : "") + " | " + String.join("; ", others) + " | " + ratio
				+ " | " + target + " | " + allocation + " | " + allocationTarget + " |";
	}

	private static String target(String type, @Nullable Score ours, @Nullable Score theirs, @Nullable Score floor) {
		if (ours == null || theirs == null) {
			return "";
		}
		double ratio = ours.score() / theirs.score();
		if (type.startsWith("TwimlBenchmark")) {
			return verdict(ratio >= 10, "≥ 10×");
		}
		if (type.startsWith("SignatureBenchmark")) {
			String vsFloor = (floor != null)
					? "; " + verdict(floor.score() / ours.score() <= 1.5, "≤ 1.5× floor's time") : "";
			return verdict(ratio >= 2, "≥ 2×") + vsFloor;
		}
		if (type.startsWith("ClientBenchmark")) {
			return verdict(ratio >= 1.5, "≥ 1.5×");
		}
		return "";
	}

	/**
	 * For a client row with a bare round trip: the ratio that a client costing nothing
	 * beyond the round trip would reach, which bounds what any client can show in that
	 * setting, and with one thread the time each client adds to the round trip, which is
	 * the client's own cost.
	 */
	private static String reachable(String type, int threads, @Nullable Score ours, @Nullable Score theirs,
			@Nullable Score roundTrip) {
		if (!type.startsWith("ClientBenchmark") || ours == null || theirs == null || roundTrip == null) {
			return "";
		}
		double ceiling = roundTrip.score() / theirs.score();
		String result = String.format(Locale.ROOT, "; a client costing nothing beyond roundTrip: %.2f×%s", ceiling,
				(ceiling < 1.5) ? ", so no client meets ≥ 1.5× here" : "");
		if (threads == 1) {
			double bare = 1000 / roundTrip.score();
			double oursAdded = 1000 / ours.score() - bare;
			double theirsAdded = 1000 / theirs.score() - bare;
			result += String.format(Locale.ROOT, "; time added to roundTrip's %.1f µs: ours %.1f µs, twilio-java %.1f µs",
					bare, oursAdded, theirsAdded);
		}
		return result;
	}

	private static String verdict(boolean met, String target) {
		return target + (met ? " met" : " **missed**");
	}

	private record Score(double score, double error, String unit, @Nullable Double allocation) {

		String format() {
			return String.format(Locale.ROOT, "%,.3f ± %,.3f %s", this.score, this.error, this.unit);
		}

	}

}
