# Sourced by the load scripts: builds the project and starts the whole stack in a throw-away data
# folder ($data), stopped and removed when the script exits; $kafka holds the broker's port.
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
data=$(mktemp -d /tmp/tempora-load-XXXXXX)

# LOAD_NO_BUILD=true: measure what was built before (when iterating on one module, build it alone first)
[ "${LOAD_NO_BUILD:-false}" = true ] || ./mvnw -B -q -DskipTests install
# one client sends all the load: per-caller rate limits would measure the limiter, not the service
TEMPORA_RATE_LIMIT_ENABLED=false ./stack.sh --no-build --data "$data" > "$data/stack.out" 2>&1 &
stack=$!
# the stack ends by SIGTERM (status 143): under set -e that status would end the trap before the
# data folder (hundreds of MB) is removed
trap 'kill -TERM $stack 2>/dev/null; wait $stack 2>/dev/null || true; rm -rf "$data"' EXIT
until grep -q "ready:" "$data/stack.out"; do
  kill -0 $stack 2>/dev/null || { cat "$data/stack.out"; exit 1; }
  sleep 1
done
kafka=$(grep '^kafka=' "$data/ports.properties" | cut -d= -f2)
# the load tools sign their requests with the stack's token issuer
export TEMPORA_STACK_DATA="$data"
