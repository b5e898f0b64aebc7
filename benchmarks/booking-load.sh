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
echo "warming up (JIT) for ${BOOKING_WARMUP:-60} s"
BOOKING_FIRST=0 wrk -t2 -c8 -d"${BOOKING_WARMUP:-60}s" -s benchmarks/booking.lua http://127.0.0.1:8083 > /dev/null
# the warm-up booked fewer than 20,000: the measured run books the slots after those (every service
# compiles tens of thousands of methods before its JIT settles; BOOKING_WARMUP seconds, default 60)
cpu_mark before
BOOKING_FIRST=20000 wrk -t2 -c"$connections" -d"${duration}s" --latency -s benchmarks/booking.lua http://127.0.0.1:8083 \
  | tee "$data/wrk.out"
# what the bookings set off (relay, consumers, caseloads) finishes within a second or two of the last one
sleep 2
cpu_mark after
cpu_report before after "$(sed -n 's/^answers: \([0-9]*\);.*/\1/p' "$data/wrk.out")" booking
rounds=${BOOKING_CONTENDED_ROUNDS:-5}
if [ "$rounds" -gt 0 ]; then
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.ContendedBookings "$rounds" 200
fi
