# Sourced by the load scripts: CPU time of the stack's processes (the services, PostgreSQL, Kafka)
# and of the load generator between two points, from /proc, so that a run says where the cores went.
#   cpu_mark before; ...load...; cpu_mark after; cpu_report before after <work done> <unit>

# prints "<name> <clock ticks>" for every process under the stack and for the load generator (wrk or java)
cpu_sample() {
  local pid name
  for pid in $(ps -e -o pid=); do
    [ -r "/proc/$pid/stat" ] || continue
    name=$(cpu_process_name "$pid") || continue
    awk -v name="$name" '{ sub(/^.*\) /, ""); print name, $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || true
  done | awk '{ ticks[$1] += $2 } END { for (n in ticks) print n, ticks[n] }'
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

# CPU milliseconds per unit of work for each process, between two marks
cpu_report() {
  local hz
  hz=$(getconf CLK_TCK)
  join <(sort "$data/cpu-$1") <(sort "$data/cpu-$2") | awk -v hz="$hz" -v work="$3" -v unit="$4" '
    { ms = ($3 - $2) * 1000 / hz; total += ms; rows[$1] = ms }
    END {
      printf "CPU per %s (ms), %d %ss:", unit, work, unit
      for (n in rows) if (rows[n] > 0) printf " %s %.2f;", n, rows[n] / work
      printf " total %.2f\n", total / work
    }'
}
