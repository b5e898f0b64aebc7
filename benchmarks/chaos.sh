#!/usr/bin/env bash
# Fault injection on the whole stack on this machine: books steadily (50 operations/s by default:
# new bookings in cold and hot slots, class seats, reschedules, cancellations) while the Kafka
# broker, PostgreSQL and each service are killed with SIGKILL and started again, one after another,
# and a fresh availability-service replica starts from Kafka alone. Then it checks that nothing
# acknowledged was lost or duplicated, nothing is overbooked and every read model agrees, and prints
# the table of docs/reliability.md. Exits 1 when a check fails.
#   benchmarks/chaos.sh [--no-build] [operations per second] [seconds of steady traffic between faults]
#   (--no-build: use what ./mvnw verify or install built before, as CI does)
set -euo pipefail
cd "$(dirname "$0")/.."
build=true
if [ "${1:-}" = "--no-build" ]; then build=false; shift; fi
rate=${1:-50}
steady=${2:-15}
for port in 8080 8081 8082 8083 8090; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "port $port is taken: stop ./stack.sh (or whatever listens there) first" >&2; exit 1
  fi
done
if $build; then ./mvnw -B -q -DskipTests install; fi
data=$(mktemp -d /tmp/tempora-chaos-XXXXXX)
export TEMPORA_STACK_DATA="$data"
classpath="benchmarks/target/classes:local-stack/target/classes:$(cat local-stack/target/classes/io/tempora/localstack/runtime.classpath)"
if java -cp "$classpath" io.tempora.bench.Chaos "$PWD" "$rate" "$steady"; then
  rm -rf "$data"
else
  echo "a check failed; the services' logs are in $data/logs" >&2
  exit 1
fi
