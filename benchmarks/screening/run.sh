#!/usr/bin/env bash
# Screening benchmarks (docs/benchmarks.md, "Screening"): REST throughput and latency with wrk,
# and batch CLI screening. Needs wrk (Debian: apt-get install wrk) and the lists in ../shared.
# Usage: benchmarks/screening/run.sh [seconds]   (default 60; everything runs on loopback;
#        SKIP_BATCH=1 for the REST part only; RATE=N for the open-loop rate, default 5000)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
work="$(mktemp -d)"
server=""
trap 'status=$?; if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; exit $status' EXIT
shared="$root/../shared/data/sanctions"
jar="$root/orewatch-cli/target/orewatch.jar"
bench="$root/orewatch-benchmarks/target/benchmarks.jar"
[ -f "$jar" ] && [ -f "$bench" ] || (cd "$root" && ./mvnw -q -B -DskipTests -pl orewatch-cli,orewatch-benchmarks -am package)
export OREWATCH_DATA="$work/data" OREWATCH_API_KEY="benchmark-key-0123456789"
ow() { java ${OREWATCH_JAVA_OPTS:-} -jar "$jar" "$@"; }

ow lists import --format un-xml "$shared/un/consolidated-2026-02-27.xml" --quiet
ow lists import --format ofac-csv "$shared/ofac-2021-07" --published 2021-07-01 --quiet

# Word lists for the load script, from the synthetic-name data file.
names="$root/orewatch-screening/src/main/resources/org/orewatch/screening/evaluation/synthetic-names.tsv"
awk -F'\t' '$2 == "given" {n = split($3, w, " "); for (i = 1; i <= n; i++) print w[i]}' "$names" | tr '-' ' ' > "$work/given.txt"
awk -F'\t' '$2 == "family" {n = split($3, w, " "); for (i = 1; i <= n; i++) print w[i]}' "$names" | tr '-' ' ' > "$work/family.txt"
ow screen generate --count 2000 --un "$shared/un/consolidated-2026-02-27.xml" --listed-share 1 --repeat-share 0 \
  --out "$work/listed.csv" > /dev/null
awk -F, 'NR > 1 {print $2}' "$work/listed.csv" | tr -d '"' > "$work/listed.txt"
if [ -z "${SKIP_BATCH:-}" ]; then
echo "== batch CLI: 200,000 counterparties (30% repeated rows, 5% listed persons)"
ow screen generate --count 200000 --un "$shared/un/consolidated-2026-02-27.xml" --out "$work/counterparties.csv"
ow screen names --in "$work/counterparties.csv" --out "$work/results.csv" 2>&1 | tail -1
echo "== batch CLI, the same file with the answer cache off (baseline)"
ow screen names --in "$work/counterparties.csv" --out "$work/results-nocache.csv" --cache 0 2>&1 | tail -1
fi

echo "== REST"
if curl -s -o /dev/null http://127.0.0.1:18080/health; then
  echo "port 18080 is taken by another process: stop it first" >&2
  exit 1
fi
# java itself in the background (not a shell function) so that $server is the JVM the trap stops.
java ${OREWATCH_JAVA_OPTS:-} -jar "$jar" serve --port 18080 --refresh-seconds 0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:18080/health >/dev/null && break; sleep 1; done
url=http://127.0.0.1:18080
wrk -t2 -c32 -d20s -s "$root/benchmarks/screening/screen.lua" "$url" -- "$work/given.txt" "$work/family.txt" "$work/listed.txt" > /dev/null
echo "-- POST /api/v1/screen, ${seconds}s"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$root/benchmarks/screening/screen.lua" "$url" -- "$work/given.txt" "$work/family.txt" "$work/listed.txt"
rate="${RATE:-5000}"
echo "-- POST /api/v1/screen, open loop at ${rate}/s for ${seconds}s (latency from each request's due time)"
java -cp "$bench" org.orewatch.benchmarks.ScreeningLoad --url "$url" --rate "$rate" --seconds "$seconds" --warmup 10 \
  --given "$work/given.txt" --family "$work/family.txt" --listed "$work/listed.txt"
echo "-- GET /health, open loop at ${rate}/s for 20s (the HTTP stack alone, baseline)"
java -cp "$bench" org.orewatch.benchmarks.ScreeningLoad --url "$url" --health --rate "$rate" --seconds 20 --warmup 5
echo "-- GET /health, 20s (the HTTP stack alone, baseline)"
wrk -t2 -c32 -d20s --latency "$url/health"
curl -s "$url/metrics" | grep -E '^orewatch_screening_cache_hits_total|^orewatch_index_names'
