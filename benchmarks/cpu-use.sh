# Sourced by the load scripts: CPU time of the stack's processes (the services, PostgreSQL, Kafka)
# and of the load generator between two points, from /proc, so that a run says where the cores went.
#   cpu_mark before; ...load...; cpu_mark after; cpu_report before after <work done> <unit>

# prints "<name> <clock ticks> <of which JIT compiler threads>" for every process under the stack and
# for the load generator (wrk or java)
cpu_sample() {
  local pid name jit
  for pid in $(ps -e -o pid=); do
    [ -r "/proc/$pid/stat" ] || continue
    name=$(cpu_process_name "$pid") || continue
    jit=$(cpu_jit_ticks "$pid")
    awk -v name="$name" -v jit="$jit" '{ sub(/^.*\) /, ""); print name, $12 + $13, jit }' "/proc/$pid/stat" 2>/dev/null || true
  done | awk '{ ticks[$1] += $2; jit[$1] += $3 } END { for (n in ticks) print n, ticks[n], jit[n] }'
}

# clock ticks a JVM's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre") have used: a
# service still compiling is not yet at its steady speed
cpu_jit_ticks() {
  local task sum=0 ticks
  for task in /proc/"$1"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ Compiler*|C2\ Compiler*)
        ticks=$(sed 's/^.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }') || continue
        sum=$((sum + ${ticks:-0})) ;;
    esac
  done
  echo "$sum"
}

# the part of the stack a process is, or nothing for processes that are not the stack's or the load's
cpu_process_name() {
  local cmd
  cmd=$(tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null) || return 1
  case "$cmd" in
    *provider-service/target/quarkus-app*) echo provider-service ;;
    *resource-service/target/quarkus-app*) echo resource-service ;;
    *availability-service/target/quarkus-app*) echo availability-service ;;
    *booking-service/target/quarkus-app*) echo booking-service ;;
    *web/target/quarkus-app*) echo web ;;
    *KafkaBrokerProcess*) echo kafka ;;
    postgres*|*/bin/postgres\ *) echo postgresql ;;
    wrk\ *|*io.tempora.bench.*) echo load-generator ;;
    *io.tempora.localstack.StackMain*) echo stack-launcher ;;
    *) return 1 ;;
  esac
}

cpu_mark() { cpu_sample > "$data/cpu-$1"; }

# CPU milliseconds per unit of work for each process, between two marks (a process started between
# them, like the load generator, from nothing), and how much of it the JIT compilers took
cpu_report() {
  local hz
  hz=$(getconf CLK_TCK)
  awk -v hz="$hz" -v work="$3" -v unit="$4" '
    FNR == NR { before[$1] = $2; jit_before[$1] = $3; next }
    { ms = ($2 - before[$1]) * 1000 / hz; total += ms; rows[$1] = ms; jit += ($3 - jit_before[$1]) * 1000 / hz }
    END {
      printf "CPU per %s (ms), %d %ss:", unit, work, unit
      for (n in rows) if (rows[n] > 0) printf " %s %.2f;", n, rows[n] / work
      printf " total %.2f, of which JIT compilers %.2f\n", total / work, jit / work
    }' "$data/cpu-$1" "$data/cpu-$2"
}

# the share (percent) of the stack's CPU between two marks that its JIT compilers took
cpu_jit_share() {
  awk 'FNR == NR { before[$1] = $2; jit_before[$1] = $3; next }
    { total += $2 - before[$1]; jit += $3 - jit_before[$1] }
    END { printf "%d\n", (total > 0 ? 100 * jit / total : 0) }' "$data/cpu-$1" "$data/cpu-$2"
}
