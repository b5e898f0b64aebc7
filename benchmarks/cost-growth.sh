#!/usr/bin/env bash
# How an availability answer's cost grows with the organization and the range, through HTTP: sets up
# organizations of 10, 50, 200 and 1,000 providers on one stack (LoadSetup's practice, 62 days
# booked, with six devices for every ten providers, so that the answers' size follows the providers,
# not the devices), then one client asks each for any provider over 1, 14 and 62 days in both forms
# (AnswerCost): bytes plain and gzipped, and time to the last byte. Every answer is computed (the
# cache is off) and none is refused for its size (the limit on candidates per answer is raised;
# docs/performance.md says which the default refuses). Starts its own stack and stops it after.
#   benchmarks/cost-growth.sh [seconds per row, 5 unless given] [providers ...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
sizes=("${@:2}")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 50 200 1000)
export TEMPORA_AVAILABILITY_CACHE_ENABLED=false
export TEMPORA_AVAILABILITY_MAXIMUM_CANDIDATES_PER_ANSWER=${TEMPORA_AVAILABILITY_MAXIMUM_CANDIDATES_PER_ANSWER:-2000000}
# shellcheck source=benchmarks/load-stack.sh
source benchmarks/load-stack.sh

for providers in "${sizes[@]}"; do
  started=$(date +%s)
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.LoadSetup "127.0.0.1:$kafka" "$providers" 62 6 \
    > "$data/setup-$providers.env"
  echo "organization of $providers providers set up in $(($(date +%s) - started)) s"
done
# every service applies the bookings before anything is asked
java -cp benchmarks/target/benchmarks.jar io.tempora.bench.EventsSettled "127.0.0.1:$kafka" 900

# availability-service compiles thousands of methods before its JIT settles: HTTP_WARMUP seconds (30
# unless set) of the middle question in both forms first
# shellcheck disable=SC1090
source "$data/setup-${sizes[$((${#sizes[@]} / 2))]}.env"
question="http://127.0.0.1:8080/v1/organizations/$ORG/availability?serviceId=$SERVICE&from=$FROM&to=$(date -d "$FROM + 13 days" +%F)"
wrk -t2 -c4 -d"$((${HTTP_WARMUP:-30} / 2))s" "$question" > /dev/null
wrk -t2 -c4 -d"$((${HTTP_WARMUP:-30} / 2))s" "$question&form=compact" > /dev/null

for providers in "${sizes[@]}"; do
  # shellcheck disable=SC1090
  source "$data/setup-$providers.env"
  java -Xmx2g -cp benchmarks/target/benchmarks.jar io.tempora.bench.AnswerCost "$ORG" "$SERVICE" "$FROM" \
    "$providers" "$seconds" 1 14 62
done
