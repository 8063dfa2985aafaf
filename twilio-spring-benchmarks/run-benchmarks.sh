#!/usr/bin/env bash
# Builds the benchmarks and runs all of them with short settings sized for a 2-core
# machine (about 6 minutes), then prints a Markdown table of the results with ratios.
#
#   twilio-spring-benchmarks/run-benchmarks.sh            # everything
#   JMH_OPTS="-f 2 -wi 5 -i 10" twilio-spring-benchmarks/run-benchmarks.sh   # longer runs
#
# Results (JMH JSON and the table) go to twilio-spring-benchmarks/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."
module=twilio-spring-benchmarks
results=$module/target/results
jar=$module/target/benchmarks.jar
jmh_opts=${JMH_OPTS:-"-f 1 -wi 3 -i 5 -w 1s -r 2s"}

./mvnw -q -B -ntp -pl "$module" -am package -DskipTests
rm -rf "$results"
mkdir -p "$results"

{
	echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	java -version 2>&1 | head -1
	echo "JMH options: $jmh_opts"
} | tee "$results/machine.txt"

run() {
	local name=$1
	shift
	echo "== $name"
	# shellcheck disable=SC2086
	java -jar "$jar" "$@" $jmh_opts -rf json -rff "$results/$name.json" | tee "$results/$name.txt" \
		| grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' || true
}

run twiml 'TwimlBenchmark'
run signature 'SignatureBenchmark'
run client 'ClientBenchmark' -prof gc

echo "== paging"
java -Xmx512m -cp "$jar" dev.twiliospring.benchmarks.PagingFootprint | tee "$results/paging.txt"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
echo
java -cp "$jar" dev.twiliospring.benchmarks.ResultsTable "$results"/twiml.json "$results"/signature.json \
	"$results"/client.json | tee "$results/table.md"
