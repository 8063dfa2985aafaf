#!/usr/bin/env bash
# Load-tests signature validation in the sample application with wrk: the same SMS
# webhook validated (@TwilioWebhook) and unvalidated, in one run, on loopback only.
#
#   twilio-spring-benchmarks/wrk.sh                     # 2 threads, 32 connections, 4 x 15 s each
#   WRK_OPTS="-t2 -c64 -d30s" WRK_ROUNDS=6 twilio-spring-benchmarks/wrk.sh
#
# Each endpoint is measured WRK_ROUNDS times (default 4), alternating A B B A A B ..., so
# that drift on a shared machine falls on both alike. On a machine with two or more CPUs
# the application runs on the first and wrk on the second (WRK_PIN=false turns that
# off): otherwise wrk and the application take each other's CPU time, and how the
# scheduler splits it changes the throughput from one run to the next by more than
# validation costs.
#
# Endpoints (sample application, profile "bench"):
#   POST /bench/sms             validated twin
#   POST /bench/sms-unvalidated the same handler without @TwilioWebhook
#   POST /twilio/sms            the sample's own SMS webhook, measured too when it exists
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
wrk_opts=${WRK_OPTS:-"-t2 -c32 -d15s"}
rounds=${WRK_ROUNDS:-4}
app_cpus=""
wrk_cpus=""
if [[ "${WRK_PIN:-true}" == true ]] && command -v taskset >/dev/null && (($(nproc) >= 2)); then
	app_cpus="taskset -c 0"
	wrk_cpus="taskset -c 1"
fi
token=wrk0123456789abcdef0123456789abcd
account=AC0123456789abcdef0123456789abcdef
work=$(mktemp -d)
app_pid=""

cleanup() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
	echo "Installing wrk"
	sudo=""
	if [[ $(id -u) -ne 0 ]]; then
		sudo=sudo
	fi
	$sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi

./mvnw -q -B -ntp -pl twilio-spring-sample -am package -DskipTests
jar=$(ls twilio-spring-sample/target/twilio-spring-sample-*.jar | grep -v original | head -1)

$app_cpus java -jar "$jar" --spring.profiles.active=bench --server.address=127.0.0.1 --server.port="$port" \
	--twilio.auth-token="$token" --twilio.account-sid="$account" --logging.level.root=WARN \
	>"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
	if curl -s -o /dev/null "http://127.0.0.1:$port/bench/sms-unvalidated" -d "Body=ping"; then
		break
	fi
	if ! kill -0 "$app_pid" 2>/dev/null; then
		cat "$work/app.log"
		echo "The sample application did not start" >&2
		exit 1
	fi
	sleep 0.5
done

# Twilio signs the URL followed by the decoded parameters sorted by name.
body='AccountSid=AC0123456789abcdef0123456789abcdef&Body=Hello+from+wrk&From=%2B15558675310&MessageSid=SM0123456789abcdef0123456789abcdef&NumMedia=0&To=%2B15017122661'
signed_params='AccountSidAC0123456789abcdef0123456789abcdefBodyHello from wrkFrom+15558675310MessageSidSM0123456789abcdef0123456789abcdefNumMedia0To+15017122661'

signature() {
	printf '%s' "$1$signed_params" | openssl dgst -sha1 -hmac "$token" -binary | base64
}

lua() {
	local file=$work/$1.lua
	cat >"$file" <<LUA
wrk.method = "POST"
wrk.body = "$body"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Twilio-Signature"] = "$2"
LUA
	echo "$file"
}

declare -A scripts urls rps cpu_us round_rps
prepare() {
	local name=$1 path=$2
	local url="http://127.0.0.1:$port$path"
	local sig
	sig=$(signature "$url")
	local status
	status=$(curl -s -o "$work/$name.out" -w '%{http_code}' -H "X-Twilio-Signature: $sig" \
		-H 'Content-Type: application/x-www-form-urlencoded' --data "$body" "$url")
	if [[ "$status" != 200 ]]; then
		echo "$name: $path answered $status to a signed request, skipped"
		return 1
	fi
	scripts[$name]=$(lua "$name" "$sig")
	urls[$name]=$url
}

# CPU time (user and system) the application has used so far, in clock ticks
app_cpu_ticks() {
	awk '{print $14 + $15}' "/proc/$app_pid/stat"
}
ticks_per_second=$(getconf CLK_TCK)

# Runs wrk once; the table shows the means, over all runs, of the requests per second
# and of the application's CPU time per request, and the median of the rounds' ratios. CPU time per request does not depend
# on how the two cores are shared between wrk and the application, so it varies less
# from run to run than the throughput does on a shared machine.
run() {
	local name=$1 round=$2
	local before after
	before=$(app_cpu_ticks)
	# shellcheck disable=SC2086
	$wrk_cpus wrk $wrk_opts --latency -s "${scripts[$name]}" "${urls[$name]}" | tee "$work/$name-$round.txt"
	after=$(app_cpu_ticks)
	if grep -q 'Non-2xx' "$work/$name-$round.txt"; then
		echo "$name: some responses were not 2xx" >&2
		exit 1
	fi
	local current requests cpu
	current=$(awk '/Requests\/sec/ {print $2}' "$work/$name-$round.txt")
	requests=$(awk '/requests in/ {print $1}' "$work/$name-$round.txt")
	cpu=$(awk -v t=$((after - before)) -v hz="$ticks_per_second" -v n="$requests" 'BEGIN {print t * 1000000 / hz / n}')
	round_rps[$name,$round]=$current
	rps[$name]=$(awk -v sum="${rps[$name]:-0}" -v x="$current" -v n="$round" 'BEGIN {print sum + (x - sum) / n}')
	cpu_us[$name]=$(awk -v sum="${cpu_us[$name]:-0}" -v x="$cpu" -v n="$round" 'BEGIN {print sum + (x - sum) / n}')
}

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg), wrk $wrk_opts, $rounds rounds${app_cpus:+, application on CPU 0 and wrk on CPU 1}"
prepare unvalidated /bench/sms-unvalidated
prepare validated /bench/sms
# The validated twin must refuse a signature made for another URL, or the ratio would
# compare two unvalidated handlers
forged=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Twilio-Signature: $(signature "http://127.0.0.1:$port/other")" \
	-H 'Content-Type: application/x-www-form-urlencoded' --data "$body" "http://127.0.0.1:$port/bench/sms")
if [[ "$forged" != 403 ]]; then
	echo "validated: /bench/sms answered $forged to a request signed for another URL, expected 403" >&2
	exit 1
fi
names=(unvalidated validated)
if prepare sample /twilio/sms; then
	names+=(sample)
fi
# Warm both up first, then alternate, so that neither gains from running later
for name in "${names[@]}"; do
	$wrk_cpus wrk -t2 -c16 -d15s -s "${scripts[$name]}" "${urls[$name]}" >/dev/null
done
for ((round = 1; round <= rounds; round++)); do
	if ((round % 2 == 1)); then
		for name in "${names[@]}"; do
			run "$name" "$round"
		done
	else
		for ((i = ${#names[@]} - 1; i >= 0; i--)); do
			run "${names[$i]}" "$round"
		done
	fi
done
sample_measured=false
if [[ -n "${rps[sample]:-}" ]]; then
	sample_measured=true
fi

echo
echo "| Endpoint | Requests/s | ÷ unvalidated twin | target | Server CPU per request |"
echo "|---|---|---|---|---|"
cpu() {
	awk -v x="${cpu_us[$1]}" 'BEGIN {printf "%.1f µs", x}'
}
per_round=$(for ((round = 1; round <= rounds; round++)); do
	awk -v a="${round_rps[validated,$round]}" -v b="${round_rps[unvalidated,$round]}" 'BEGIN {printf "%.2f ", a / b}'
done)
# The figure is the median of the rounds' ratios: one slow round of either endpoint (a
# late compilation, a neighbour on the machine) moves the mean of a few rounds by more
# than validation costs, and the median not at all
ratio=$(printf '%s\n' $per_round | sort -n | awk '{r[NR] = $1} END {printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}')
mean_ratio=$(awk -v a="${rps[validated]}" -v b="${rps[unvalidated]}" 'BEGIN {printf "%.2f", a / b}')
verdict=$(awk -v r="$ratio" 'BEGIN {print (r >= 0.9) ? "≥ 0.9 met" : "≥ 0.9 **missed**"}')
echo "| POST /bench/sms-unvalidated | ${rps[unvalidated]} | 1.00 | | $(cpu unvalidated) |"
echo "| POST /bench/sms (validated) | ${rps[validated]} | $ratio (median of rounds; means: $mean_ratio) | $verdict | $(cpu validated) |"
if $sample_measured; then
	ratio=$(awk -v a="${rps[sample]}" -v b="${rps[unvalidated]}" 'BEGIN {printf "%.2f", a / b}')
	echo "| POST /twilio/sms (sample) | ${rps[sample]} | $ratio | other handler, for reference | $(cpu sample) |"
fi
echo
echo "Validated ÷ unvalidated, round by round: $per_round"
