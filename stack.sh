#!/usr/bin/env bash
# Runs the whole platform on this machine: embedded PostgreSQL, a real Kafka broker, the four
# services on ports 8080-8083 and the web app on 8084. Needs a JDK 17+ (and Node with npm to build
# the web app). Ctrl-C stops everything.
#
#   ./stack.sh            build what is needed, then start (data kept in .stack-data/)
#   ./stack.sh --clean    start from empty databases and topics
#   ./stack.sh --no-build start from what was built before
#   ./stack.sh --data DIR keep the data in DIR instead of .stack-data/
#   ./stack.sh --trace    every service writes its spans to .stack-data/traces/ (docs/operations.md)
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false ;;
    --clean) args+=("--clean") ;;
    --data) args+=("--data" "$2"); shift ;;
    --trace) args+=("--trace") ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

if $build; then
  ./mvnw -B -q -DskipTests install
fi

# written by the local-stack build: its runtime dependencies (embedded PostgreSQL, Kafka)
classpath_file=local-stack/target/classes/io/tempora/localstack/runtime.classpath
[ -f "$classpath_file" ] || { echo "nothing built yet: run ./stack.sh without --no-build" >&2; exit 1; }
# exec: Ctrl-C reaches the stack's JVM directly, whose shutdown hook stops services, Kafka and PostgreSQL
exec java -cp "local-stack/target/classes:$(cat "$classpath_file")" io.tempora.localstack.StackMain \
  --project "$PWD" "${args[@]}"
