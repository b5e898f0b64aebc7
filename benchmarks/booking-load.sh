#!/usr/bin/env bash
# Load test of booking creation, uncontended (every request a different provider and slot), against
# the whole stack on this machine; starts its own stack and stops it after.
#   benchmarks/booking-load.sh [connections] [seconds]   closed loop with wrk: the ceiling, p99 at it
#   BOOKING_RATE=300 benchmarks/booking-load.sh           open loop at a fixed rate (Java generator, its
#                                                          own organization; latency measured from when
#                                                          each request was due; it books at the rate for
#                                                          BOOKING_RATE_WARMUP seconds, 10 unless set, before
#                                                          it measures; HTTP/1.1 connections as needed, or
#                                                          all on one HTTP/2 connection with BOOKING_HTTP=2)
#   BOOKING_PROVIDERS=200 benchmarks/booking-load.sh      an organization of another size (60 unless set)
#   BOOKING_ANY_PROVIDER=true benchmarks/booking-load.sh  wrk's requests name no provider: booking-service
#                                                          picks one free at the slot
#   TEMPORA_POSTGRES_STATEMENT_STATISTICS=true ...        also what PostgreSQL spent per booking on each
#                                                          statement (pg_stat_statements)
# Both warm up until the JIT settles, and count CPU per booking once the events the bookings set off
# have settled. After the wrk run, the contended cases on the same warm stack (ContendedBookings): 200 clients at
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
# shellcheck source=benchmarks/db-statements.sh
source benchmarks/db-statements.sh

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
if [ -n "${BOOKING_RATE:-}" ]; then
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.BookingLoad "$BOOKING_RATE" "$duration" > "$data/rate.out" &
  generator=$!
  # the generator sets up its own organization and warms up first: CPU counts from when it measures
  until grep -q '^warm-up: ' "$data/rate.out"; do kill -0 $generator || break; sleep 0.2; done
  # the statements first: reading every process's CPU takes seconds of the measured minute
  db_statements_reset
  cpu_mark before
  wait $generator
  cat "$data/rate.out"
  measured=$(sed -n 's/.*bookings\/s; answers by status {\(.*\)}.*/\1/p' "$data/rate.out" | tr ',' '\n' | sed -n 's/ *201=//p')
else
  cpu_mark before
  db_statements_reset
  # the measured run books the slots after the warm-up's
  BOOKING_FIRST=$booked wrk -t2 -c"$connections" -d"${duration}s" --latency -s benchmarks/booking.lua \
    http://127.0.0.1:8083 | tee "$data/wrk.out"
  measured=$(sed -n 's/^answers: \([0-9]*\);.*/\1/p' "$data/wrk.out")
fi
# the CPU per booking counts what the bookings set off (relay, consumers, caseloads): measured once
# those have settled, which also shows whether they kept up
java -cp benchmarks/target/benchmarks.jar io.tempora.bench.EventsSettled "127.0.0.1:$kafka"
cpu_mark after
cpu_report before after "${measured:-0}" booking
db_statements_report "${measured:-1}" booking
rounds=${BOOKING_CONTENDED_ROUNDS:-5}
if [ -z "${BOOKING_RATE:-}" ] && [ "$rounds" -gt 0 ]; then
  java -cp benchmarks/target/benchmarks.jar io.tempora.bench.ContendedBookings "$rounds" 200
fi
