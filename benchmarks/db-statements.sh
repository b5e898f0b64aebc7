# Sourced by the load scripts: what PostgreSQL spent on each statement during a run, from
# pg_stat_statements, when the script runs with TEMPORA_POSTGRES_STATEMENT_STATISTICS=true (the stack's
# PostgreSQL then counts them; psql is installed when missing).
#   db_statements_reset; ...load...; db_statements_report <work done> <unit>

db_statements_enabled() {
  [ "${TEMPORA_POSTGRES_STATEMENT_STATISTICS:-false}" = true ]
}

db_statements_psql() {
  psql -h 127.0.0.1 -p "$(grep '^postgres=' "$data/ports.properties" | cut -d= -f2)" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 "$@"
}

db_statements_reset() {
  db_statements_enabled || return 0
  command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client; }
  db_statements_psql -qAtc "SELECT pg_stat_statements_reset()" > /dev/null
}

# The statements that took the most time, per unit of work: calls, time in microseconds (wall time
# in the backend: on a saturated machine it includes waiting for a core) and shared buffers read
# (pages visited: what a statement reads, whatever the machine's speed)
db_statements_report() {
  db_statements_enabled || return 0
  echo "database statements per $2 (top 15 by time; time is the backend's wall time, buffers the pages it visited):"
  PGOPTIONS='-c client_min_messages=warning' db_statements_psql -P pager=off -c "
    SELECT d.datname AS database,
           round(s.calls / $1::numeric, 2) AS calls,
           round((s.total_exec_time * 1000 / $1)::numeric) AS us,
           round((s.shared_blks_hit + s.shared_blks_read)::numeric / $1, 1) AS buffers,
           left(regexp_replace(s.query, '\s+', ' ', 'g'), 110) AS statement
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    ORDER BY s.total_exec_time DESC LIMIT 15"
  db_statements_psql -P pager=off -c "
    SELECT d.datname AS database, round(sum(s.calls) / $1::numeric, 1) AS calls,
           round((sum(s.total_exec_time) * 1000 / $1)::numeric) AS us,
           round(sum(s.shared_blks_hit + s.shared_blks_read)::numeric / $1, 1) AS buffers
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid GROUP BY 1 ORDER BY 3 DESC"
}
