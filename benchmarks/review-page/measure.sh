#!/usr/bin/env bash
# Render time of the review page at the issue's largest size: 150 staff × 16 weeks.
# Starts the service (Release) on its own ports and data directory, imports the scaled example as
# units/large, solves 112 days (by default 180 s), then times each view of the roster with curl
# (three requests each; the first warms the problem cache). Usage: benchmarks/review-page/measure.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
limit="${1:-180}"
data="$(mktemp -d)"
dotnet build -c Release src/Scheduling.Api -v q -nologo >/dev/null
dotnet src/Scheduling.Api/bin/Release/net10.0/Scheduling.Api.dll --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:5392 \
  --Kestrel:Endpoints:Http:Url=http://127.0.0.1:5391 --Scheduling:DataDirectory="$data" >"$data/log.txt" 2>&1 &
service=$!
trap 'kill $service; rm -rf "$data"' EXIT
base=http://127.0.0.1:5391
until curl -s -o /dev/null "$base/signin"; do sleep 1; done
# A planner's token with the key the service made in its data directory: the API and the pages take it as a bearer token.
token=$(dotnet run --project src/Scheduling.Cli -- token --role planner --key-file "$data/signing-key")
auth="authorization: Bearer $token"
python3 benchmarks/review-page/make-large-unit.py | curl -sf -X POST "$base/v1/units:import" -H "$auth" -H 'content-type: application/json' -d @- >/dev/null
job=$(curl -sf -X POST "$base/v1/solveJobs" -H "$auth" -H 'content-type: application/json' \
  -d "{\"reference\":{\"unit\":\"units/large\",\"period\":{\"startDate\":\"2027-03-01\",\"days\":112}},\"options\":{\"timeLimit\":\"${limit}s\"}}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["name"].split("/")[1])')
echo "solving units/large, 150 staff x 112 days, job $job, ${limit} s"
curl -sfN -H "$auth" "$base/v1/solveJobs/$job:watch" >/dev/null
roster=$(curl -sf -H "$auth" "$base/v1/solveJobs/$job" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"].get("roster","").split("/")[-1])')
[ -n "$roster" ] || { echo "no roster"; exit 1; }
echo "roster $roster"
printf '%-10s %10s %10s %10s %12s\n' view first_s second_s third_s bytes
for view in grid coverage checks wishes cost versions; do
  times=()
  for i in 1 2 3; do
    times+=("$(curl -s -H "$auth" -o "$data/page.html" -w '%{time_total}' "$base/rosters/$roster?view=$view")")
  done
  printf '%-10s %10s %10s %10s %12s\n' "$view" "${times[@]}" "$(stat -c %s "$data/page.html")"
done
edit=$(curl -s -H "$auth" -o /dev/null -w '%{time_total}' "$base/rosters/$roster?view=grid&e=E01&d=2027-03-03")
echo "grid with the change form open: ${edit} s"
