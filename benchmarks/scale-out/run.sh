#!/usr/bin/env bash
# Scale-out benchmark: UNITS generated units (the quality runner's generator, SIZE staff x days, seeds 1..UNITS) sent
# round-robin through the JSON port of 1, 2 and 3 service nodes on one PostgreSQL database (a throwaway cluster made
# here with Debian's postgresql binaries, as the tests do), and through 1 node on SQLite; each node solves one unit at a
# time for LIMIT seconds. Prints one table row per run: wall time from the first submission to the last job's end, jobs
# by final state, and jobs lost (accepted but never ended within the time limit of the whole run): must be 0.
#
#   benchmarks/scale-out/run.sh                       # 40 units of 48x28, 5 s each, runs postgres:1 postgres:2 postgres:3 sqlite:1
#   UNITS=6 LIMIT=2 RUNS="postgres:2 sqlite:1" benchmarks/scale-out/run.sh
#
# Settings (environment): UNITS (40), SIZE (48x28), LIMIT (5, seconds per unit), WORKERS (CP-SAT workers per solve, 2),
# RUNS ("postgres:1 postgres:2 postgres:3 sqlite:1"), PG_BIN (else the newest /usr/lib/postgresql/*/bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

UNITS=${UNITS:-40}
SIZE=${SIZE:-48x28}
LIMIT=${LIMIT:-5}
WORKERS=${WORKERS:-2}
RUNS=${RUNS:-"postgres:1 postgres:2 postgres:3 sqlite:1"}
KEY="scale-out-benchmark-signing-key-0123456789abcdef"

work=$(mktemp -d /tmp/scheduling-scale-out.XXXXXX)
chmod 755 "$work"
pids=()
pg_data=""
pg_bin=""

cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [ -n "$pg_data" ]; then as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "scale-out: $*" >&2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# initdb refuses root: as root, the cluster runs as Debian's postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

log "building the service and the CLI (Release)"
dotnet build -c Release src/Scheduling.Api -v q -nologo >/dev/null
dotnet build -c Release src/Scheduling.Cli -v q -nologo >/dev/null
dotnet build -c Release benchmarks/Scheduling.Quality -v q -nologo >/dev/null
api="$root/src/Scheduling.Api/bin/Release/net10.0/Scheduling.Api.dll"
cli="$root/src/Scheduling.Cli/bin/Release/net10.0/scheduling.dll"
quality=$(ls "$root"/benchmarks/Scheduling.Quality/bin/Release/net10.0/Scheduling.Quality.dll)

units_dir="$root/benchmarks/scale-out/units-$SIZE"
mkdir -p "$units_dir"
for seed in $(seq 1 "$UNITS"); do
  file="$units_dir/unit-$SIZE-s$seed.json"
  [ -s "$file" ] || dotnet "$quality" --generate "$SIZE" --seed "$seed" --write "$file" >/dev/null
done
log "$UNITS units of $SIZE in $units_dir"

start_postgres() {
  pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
  [ -x "$pg_bin/initdb" ] || { echo "scale-out: no PostgreSQL binaries (install Debian's postgresql, or set PG_BIN)" >&2; exit 1; }
  mkdir -p "$work/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$work/pg"
  pg_data="$work/pg/data"
  pg_port=$(free_port)
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w -t 120 start \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
}

# run STORE NODES: one row of the table.
run() {
  local store=$1 count=$2 settings=() grpc=() http=() names=() directory
  if [ "$store" = postgres ]; then
    [ -n "$pg_data" ] || start_postgres
    local db="bench_${count}_$RANDOM"
    as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $db" >/dev/null
    settings=(--Scheduling:Store=postgres "--ConnectionStrings:Scheduling=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db")
  fi
  local shared="$work/sqlite-$count-$RANDOM"
  local node_pids=()
  for i in $(seq 1 "$count"); do
    directory=$shared
    [ "$store" = sqlite ] || directory="$work/node-$store-$count-$i"
    mkdir -p "$directory"
    local g h; g=$(free_port); h=$(free_port)
    grpc+=("$g"); http+=("$h")
    (cd "$directory" && exec dotnet "$api" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$g" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$h" \
      --Scheduling:DataDirectory="$directory" --Scheduling:SolveWorkers=1 --Scheduling:QueueCapacity=1000 --Scheduling:MaxJobsPerCaller=1000 \
      --Scheduling:ExampleFile= --Scheduling:Auth:SigningKey="$KEY" "${settings[@]}" >"$work/node-$store-$count-$i.log" 2>&1) &
    pids+=($!); node_pids+=($!)
  done
  for h in "${http[@]}"; do
    for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$h/health/ready" >/dev/null && break; sleep 0.5; done
  done
  local token; token=$(Scheduling__Auth__SigningKey="$KEY" dotnet "$cli" token --role planner)

  local started; started=$(date +%s.%N)
  local i=0
  for file in "$units_dir"/unit-"$SIZE"-s*.json; do
    [ "$i" -lt "$UNITS" ] || break
    local h=${http[$((i % count))]}
    local name
    name=$(jq -c --arg limit "${LIMIT}s" --argjson workers "$WORKERS" '{problem: ., options: {timeLimit: $limit, workers: $workers}}' "$file" \
      | curl -sf -H "authorization: Bearer $token" -H 'content-type: application/json' --data-binary @- "http://127.0.0.1:$h/v1/solveJobs" | jq -r .name)
    names+=("$name")
    i=$((i + 1))
  done

  # Every job to its end, asked through the first node; lost: not ended when the whole run should have (with slack).
  local deadline; deadline=$(echo "$(date +%s) + ($UNITS * $LIMIT / $count) * 4 + 120" | bc)
  local -A state=()
  while :; do
    local open=0
    for name in "${names[@]}"; do
      case "${state[$name]:-}" in SUCCEEDED|CANCELLED|FAILED) continue ;; esac
      state[$name]=$(curl -sf -H "authorization: Bearer $token" "http://127.0.0.1:${http[0]}/v1/$name" | jq -r .state || echo UNKNOWN)
      case "${state[$name]}" in SUCCEEDED|CANCELLED|FAILED) ;; *) open=$((open + 1)) ;; esac
    done
    [ "$open" -gt 0 ] || break
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 1
  done
  local ended; ended=$(date +%s.%N)
  local succeeded=0 failed=0 lost=0
  for name in "${names[@]}"; do
    case "${state[$name]}" in SUCCEEDED) succeeded=$((succeeded + 1)) ;; FAILED|CANCELLED) failed=$((failed + 1)) ;; *) lost=$((lost + 1)) ;; esac
  done
  printf '| %s | %d | %d | %.0f | %d | %d | %d |\n' "$store" "$count" "${#names[@]}" "$(echo "$ended - $started" | bc)" "$succeeded" "$failed" "$lost"
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
}

echo "| store | nodes | units | wall s | succeeded | failed | lost |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for r in $RUNS; do run "${r%%:*}" "${r##*:}"; done
