#!/usr/bin/env bash
# HTTP load test of the availability endpoint on a realistic organization (50 providers, 14 days,
# 30-minute service on a 15-minute step, 2 required resource types, ~30% booked), then the
# freshness of a schedule edit. Starts its own stack in a throw-away data folder, stops it after.
#   benchmarks/http-load.sh [seconds] [connections]
# The full form first, then the compact one (form=compact). With TEMPORA_AVAILABILITY_CACHE_ENABLED=false in the
# environment every answer is computed afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
connections=${2:-32}
# shellcheck source=benchmarks/load-stack.sh
source benchmarks/load-stack.sh

java -cp benchmarks/target/benchmarks.jar io.tempora.bench.LoadSetup "127.0.0.1:$kafka" > "$data/setup.env"
# shellcheck disable=SC1091
source "$data/setup.env"
url="http://127.0.0.1:8080/v1/organizations/$ORG/availability?serviceId=$SERVICE&from=$FROM&to=$TO"
echo "organization $ORG: 50 providers, $FROM to $TO, ${BOOKED_PERCENT}% of working time booked"
until [ "$(curl -s "$url" | grep -o '"start"' | wc -l)" -gt 100 ]; do sleep 0.5; done
sleep 2  # let the last bookings arrive
echo "one response: $(curl -s -o /dev/null -w '%{size_download} bytes, %{time_total} s' "$url"); gzipped (Accept-Encoding: gzip): $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} bytes' "$url")"

# every service compiles thousands of methods before its JIT settles: HTTP_WARMUP seconds first (default 60)
wrk -t2 -c8 -d"${HTTP_WARMUP:-60}s" "$url" > /dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "$url"

# the same answer in the compact form (each provider once, slots name them by index)
compact="$url&form=compact"
echo "compact form: $(curl -s -o /dev/null -w '%{size_download} bytes' "$compact"); gzipped: $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download} bytes' "$compact")"
wrk -t2 -c8 -d"${HTTP_WARMUP:-60}s" "$compact" > /dev/null
wrk -t2 -c"$connections" -d"${duration}s" --latency "$compact"

java -cp benchmarks/target/benchmarks.jar io.tempora.bench.Freshness "$ORG" "$PROVIDER" "$SERVICE" 40
