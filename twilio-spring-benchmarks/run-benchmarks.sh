#!/usr/bin/env bash
# Builds the benchmarks and runs all of them with short settings sized for a 2-core
# machine (about 20 minutes of measurement, 4 more as root), then prints a Markdown table of the results with ratios.
#
#   twilio-spring-benchmarks/run-benchmarks.sh            # everything
#   JMH_OPTS="-f 2 -wi 5 -i 10" twilio-spring-benchmarks/run-benchmarks.sh   # longer runs
#
# The one-thread client benchmark runs a second time with the whole JVM on one CPU
# (taskset), where handing a request to the loopback server and the answer back is a
# context switch instead of waking an idle CPU; see docs/performance.md. That run warms
# up longer (JMH_ONE_CPU_OPTS), because the JIT compiler shares the CPU with it, and in
# three forks, because the ratio there is close to the target and one fork's JIT
# decisions move it. Run as root, the script also runs it on all CPUs (two on the machine
# of docs/performance.md) kept from halting when idle (below).
#
# Results (JMH JSON and the table) go to twilio-spring-benchmarks/target/results.
set -euo pipefail
cd "$(dirname "$0")/.."
module=twilio-spring-benchmarks
results=$module/target/results
jar=$module/target/benchmarks.jar
jmh_opts=${JMH_OPTS:-"-f 1 -wi 5 -i 5 -w 2s -r 2s"}
one_cpu_opts=${JMH_ONE_CPU_OPTS:-"-f 3 -wi 10 -i 4 -w 2s -r 2s"}

./mvnw -q -B -ntp -pl "$module" -am package -DskipTests
rm -rf "$results"
mkdir -p "$results"

{
	echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	java -version 2>&1 | head -1
	echo "JMH options: $jmh_opts; on one CPU: $one_cpu_opts"
} | tee "$results/machine.txt"

run() {
	local name=$1 opts=$2
	shift 2
	echo "== $name"
	# -foe: a benchmark that fails, such as one whose setup finds documents that differ
	# or a contender that rejects a request or sends another one, stops the run instead
	# of leaving its rows out of the table
	# shellcheck disable=SC2086
	"$@" $opts -foe true -rf json -rff "$results/$name.json" | tee "$results/$name.txt" \
		| { grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark)' || true; }
}

run twiml "$jmh_opts" java -jar "$jar" 'TwimlBenchmark'
run signature "$jmh_opts" java -jar "$jar" 'SignatureBenchmark'
# The bare JDK HttpClient fails under 32 threads on loopback (see docs/performance.md),
# so the 32-thread run has no floor
run client "$jmh_opts" java -jar "$jar" 'ClientBenchmark' -e 'ThirtyTwoThreads\.floor$' -prof gc
tables=("$results"/twiml.json "$results"/signature.json "$results"/client.json)
if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then
	run client-one-cpu "$one_cpu_opts" taskset -c 0 java -jar "$jar" 'ClientBenchmark.OneThread' -prof gc
	tables+=("one CPU=$results/client-one-cpu.json")
fi
# And on all CPUs, polling rather than halting when idle: while the file is open, the
# kernel keeps every CPU out of idle states with a wake-up latency (Linux PM QoS, as
# latency-tuned hosts set it). On a virtual machine a halted CPU leaves the guest, and
# waking it costs more than either client's work; see docs/performance.md. Only when
# the script may write the file (root); the request ends when the file is closed.
if [ -w /dev/cpu_dma_latency ] && [ "$(nproc)" -gt 1 ]; then
	exec 3>/dev/cpu_dma_latency
	printf '\0\0\0\0' >&3
	run client-polling "$one_cpu_opts" java -jar "$jar" 'ClientBenchmark.OneThread.(ours|twilioJava|roundTrip)$' -prof gc
	exec 3>&-
	tables+=("$(nproc) CPUs, polling when idle=$results/client-polling.json")
fi

echo "== paging"
java -Xmx512m -cp "$jar" dev.twiliospring.benchmarks.PagingFootprint | tee "$results/paging.txt"

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/machine.txt"
echo
java -cp "$jar" dev.twiliospring.benchmarks.ResultsTable "${tables[@]}" | tee "$results/table.md"
