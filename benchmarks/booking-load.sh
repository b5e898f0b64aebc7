#!/usr/bin/env bash
# Load test of booking creation, uncontended (every request a different provider and slot), against
# the whole stack on this machine; starts its own stack and stops it after.
#   benchmarks/booking-load.sh [connections] [seconds]   closed loop with wrk: the ceiling, p99 at it
#   BOOKING_RATE=300 benchmarks/booking-load.sh           open loop at a fixed rate (Java generator,
#                                                          latency measured from when each request was due)
#   BOOKING_PROVIDERS=200 benchmarks/booking-load.sh      an organization of another size (60 unless set)
# After the wrk run, the contended cases on the same warm stack (ContendedBookings): 200 clients at
# once for 10 slots of one provider, and 200 for one 6-seat class session, 5 rounds each
# (BOOKING_CONTENDED_ROUNDS, 0 to skip).
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-16}
duration=${2:-30}
# shellcheck source=benchmarks/load-stack.sh
source benchmarks/load-stack.sh
# shellcheck source=benchmarks/cpu-use.sh
source benchmarks/cpu-use.sh

if [ -n "${BOOKING_RATE:-}" ]; then
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad 200 20 > /dev/null  # JIT warm-up
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad "$BOOKING_RATE" "$duration"
  exit
fi
export BOOKING_LOAD_DIR="$data/wrk"
java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad --setup-only "$BOOKING_LOAD_DIR"
# every service compiles tens of thousands of methods before its JIT settles, and a method the load
# calls once per booking reaches the optimizing compiler only after thousands of bookings: the
# warm-up books in rounds of 30 s until the stack's JIT compilers take less than
# BOOKING_WARMUP_JIT_PERCENT (10 unless set) of its CPU, for BOOKING_WARMUP seconds at most (300)
warmed=0
booked=0
while :; do
  cpu_mark round-start
  BOOKING_FIRST=$booked wrk -t2 -c8 -d30s -s benchmarks/booking.lua http://127.0.0.1:8083 > "$data/warm-up.out"
  cpu_mark round-end
  warmed=$((warmed + 30))
  booked=$(sed -n 's/^next: \([0-9]*\)$/\1/p' "$data/warm-up.out")
  jit=$(cpu_jit_share round-start round-end)
  echo "warm-up: ${warmed} s, ${booked} bookings, JIT compilers ${jit}% of the stack's CPU in the last 30 s"
  [ "$jit" -ge "${BOOKING_WARMUP_JIT_PERCENT:-10}" ] && [ "$warmed" -lt "${BOOKING_WARMUP:-300}" ] || break
done
# the measured run books the slots after the warm-up's
cpu_mark before
BOOKING_FIRST=$booked wrk -t2 -c"$connections" -d"${duration}s" --latency -s benchmarks/booking.lua http://127.0.0.1:8083 \
  | tee "$data/wrk.out"
# the CPU per booking counts what the bookings set off (relay, consumers, caseloads): measured once
# those have settled, which also shows whether they kept up
java -cp benchmarks/target/benchmarks.jar io.tempora.bench.EventsSettled "127.0.0.1:$kafka"
cpu_mark after
cpu_report before after "$(sed -n 's/^answers: \([0-9]*\);.*/\1/p' "$data/wrk.out")" booking
rounds=${BOOKING_CONTENDED_ROUNDS:-5}
if [ "$rounds" -gt 0 ]; then
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.ContendedBookings "$rounds" 200
fi
