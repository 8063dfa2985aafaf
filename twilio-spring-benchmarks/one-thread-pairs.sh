#!/usr/bin/env bash
# Measures the one-thread client benchmark (ours against twilio-java's TwilioRestClient)
# as interleaved pairs: each round runs both, one fork each, back to back, in the
# opposite order to the round before, and prints the ratio of that round. The median of
# the rounds is the figure; the spread says how far the machine moves it.
#
#   twilio-spring-benchmarks/one-thread-pairs.sh          # 8 rounds, all CPUs
#   twilio-spring-benchmarks/one-thread-pairs.sh 12       # 12 rounds
#   CPUS=0 twilio-spring-benchmarks/one-thread-pairs.sh   # the JVM on CPU 0 only (taskset)
#   POLLING=1 twilio-spring-benchmarks/one-thread-pairs.sh  # CPUs kept from halting (root)
#
# POLLING=1 holds a zero-latency request on /dev/cpu_dma_latency for the whole run, as
# run-benchmarks.sh does for its "polling when idle" run; it needs root.
#
# Why pairs: on two CPUs the loopback round trip alone moved from 53 to 71 us within an
# hour on the machine of docs/performance.md. The full suite runs every fork of ours
# before any fork of twilio-java, so a drift between them lands in the ratio. Within a
# pair the two run a minute apart, and alternating the order cancels which goes first.
#
# Results (JMH CSV and text per run) go to twilio-spring-benchmarks/target/results/pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
module=twilio-spring-benchmarks
jar=$module/target/benchmarks.jar
results=$module/target/results/pairs
rounds=${1:-8}
jmh_opts=${JMH_OPTS:-"-f 1 -wi 5 -i 5 -w 2s -r 2s"}
launcher=(java)
if [ -n "${CPUS:-}" ]; then
	launcher=(taskset -c "$CPUS" java)
fi

./mvnw -q -B -ntp -pl "$module" -am package -DskipTests
if [ -n "${POLLING:-}" ]; then
	if [ ! -w /dev/cpu_dma_latency ]; then
		echo "POLLING=1 needs to write /dev/cpu_dma_latency (root)" >&2
		exit 1
	fi
	exec 3>/dev/cpu_dma_latency
	printf '\0\0\0\0' >&3
fi
rm -rf "$results"
mkdir -p "$results"
echo "Machine: $(nproc) cores; CPUs: ${CPUS:-all}${POLLING:+, kept from halting}; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JMH options: $jmh_opts"

# Run one benchmark of ClientBenchmark.OneThread and print its score in calls/ms
score() {
	local benchmark=$1 name=$2
	# shellcheck disable=SC2086
	"${launcher[@]}" -jar "$jar" "ClientBenchmark.OneThread.$benchmark\$" $jmh_opts -foe true \
		-rf csv -rff "$results/$name.csv" >"$results/$name.txt"
	awk -F, 'NR == 2 { gsub(/"/, "", $5); print $5 }' "$results/$name.csv"
}

ratios=()
for round in $(seq 1 "$rounds"); do
	if ((round % 2)); then
		ours=$(score ours "$round-ours")
		theirs=$(score twilioJava "$round-twilio-java")
		order="ours first"
	else
		theirs=$(score twilioJava "$round-twilio-java")
		ours=$(score ours "$round-ours")
		order="twilio-java first"
	fi
	ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')
	ratios+=("$ratio")
	printf 'round %2d (%s): ours %s, twilio-java %s calls/ms: %sx\n' "$round" "$order" "$ours" "$theirs" "$ratio"
done

printf '%s\n' "${ratios[@]}" | sort -n | awk '
	{ r[NR] = $1 }
	END {
		median = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
		printf "median of %d rounds: %.2fx (lowest %.2fx, highest %.2fx)\n", NR, median, r[1], r[NR]
	}'
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
