#!/usr/bin/env bash
# Load test of booking creation (uncontended: every request a different provider and slot) at a
# fixed rate, against the whole stack on this machine. Starts its own stack, stops it after.
#   benchmarks/booking-load.sh [requests per second] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}
duration=${2:-30}
# shellcheck source=benchmarks/load-stack.sh
source benchmarks/load-stack.sh

java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad 200 20 > /dev/null  # warm-up: the JIT compiles the hot paths
java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad "$rate" "$duration"
