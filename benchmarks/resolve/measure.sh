#!/usr/bin/env bash
# Measures a re-solve: solve the example for FIRST s, change one day by hand, re-solve for SECOND s, compare.
# Needs Release builds: dotnet build -c Release src/Scheduling.Api && dotnet build -c Release src/Scheduling.Cli; jq and curl.
# Usage: benchmarks/resolve/measure.sh [FIRST_SECONDS=30] [RESOLVE_SECONDS=20]
set -euo pipefail
FIRST=${1:-30}; SECOND=${2:-20}
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
key="measure-signing-key-of-at-least-32-bytes-0123"
export Scheduling__DataDirectory=$data Scheduling__Auth__SigningKey=$key
export Kestrel__Endpoints__Grpc__Url=http://localhost:6080 Kestrel__Endpoints__Http__Url=http://localhost:6081
dotnet src/Scheduling.Api/bin/Release/net10.0/Scheduling.Api.dll > $data/host.log 2>&1 &
host=$!
trap "kill $host" EXIT
token=$(dotnet src/Scheduling.Cli/bin/Release/net10.0/scheduling.dll token --role planner --key-file <(printf %s "$key") 2>/dev/null || true)
[ -n "$token" ] || token=$(Scheduling__Auth__SigningKey=$key dotnet src/Scheduling.Cli/bin/Release/net10.0/scheduling.dll token --role planner)
H=(-s -H "Authorization: Bearer $token" -H "Content-Type: application/json")
U=http://localhost:6081
for i in $(seq 60); do curl -s $U/v1/units >/dev/null 2>&1 && break; sleep 1; done
job=$(curl "${H[@]}" -X POST $U/v1/solveJobs -d "{\"reference\":{\"unit\":\"units/solbacken\",\"period\":{\"startDate\":\"2027-03-01\",\"days\":14}},\"options\":{\"timeLimit\":\"${FIRST}s\"}}" | jq -r .name)
while :; do j=$(curl "${H[@]}" $U/v1/$job); s=$(jq -r .state <<<"$j"); [[ $s == SUCCEEDED || $s == FAILED || $s == CANCELLED ]] && break; sleep 2; done
r1=$(jq -r .result.roster <<<"$j")
a=$(curl "${H[@]}" $U/v1/$r1 | jq -c '[.assignments[] | select(.date=="2027-03-03")][0]')
emp=$(jq -r .employee <<<"$a")
edit=$(curl "${H[@]}" -X POST $U/v1/$r1:edit -d "{\"employee\":\"$emp\",\"date\":\"2027-03-03\",\"shift\":\"\",\"pinned\":true}")
echo "v1 $(curl "${H[@]}" $U/v1/$r1 | jq -c '{penalty,hardViolationCount}') after removing $emp's shift on 2027-03-03 and pinning the day off"
job2=$(curl "${H[@]}" -X POST $U/v1/$r1:resolve -d "{\"options\":{\"timeLimit\":\"${SECOND}s\"}}" | jq -r .name)
while :; do j=$(curl "${H[@]}" $U/v1/$job2); s=$(jq -r .state <<<"$j"); [[ $s == SUCCEEDED || $s == FAILED || $s == CANCELLED ]] && break; sleep 2; done
r2=$(jq -r .result.roster <<<"$j")
echo "v2 $(curl "${H[@]}" $U/v1/$r2 | jq -c '{penalty,hardViolationCount}') job $(jq -c .result.objective <<<"$j")"
curl "${H[@]}" "$U/v1/$r2:compare?other=$r1" | jq -c '{moved: (.moved|length), affected: (.affectedEmployees|length), penaltyDifference, hardViolationDifference}' 2>/dev/null || curl "${H[@]}" "$U/v1/$r2:compare?other=$r1" | head -c 600
