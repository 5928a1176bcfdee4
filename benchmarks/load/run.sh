#!/usr/bin/env bash
# Builds the service in Release, starts it on a fresh data directory, runs the load (default 10 000 requests from
# 50 clients), prints the figures and stops the service. Run from the repository root:
#   benchmarks/load/run.sh [--requests N] [--clients N] [--solve-seconds S]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet build -c Release src/Scheduling.Api -v q -nologo >/dev/null
dotnet build -c Release src/Scheduling.Cli -v q -nologo >/dev/null
dotnet build -c Release benchmarks/load -v q -nologo >/dev/null
data=$(mktemp -d)
grpc_port=${GRPC_PORT:-5180}
http_port=${HTTP_PORT:-5181}
dotnet src/Scheduling.Api/bin/Release/net10.0/Scheduling.Api.dll \
  --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$grpc_port --Kestrel:Endpoints:Http:Url=http://127.0.0.1:$http_port \
  --Scheduling:DataDirectory="$data" --Logging:LogLevel:Default=Warning >"$data/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  [ -f "$data/signing-key" ] && curl -s -o /dev/null "http://127.0.0.1:$http_port/signin" && break
  sleep 0.5
done
token=$(dotnet src/Scheduling.Cli/bin/Release/net10.0/scheduling.dll token --role planner --key-file "$data/signing-key")
dotnet benchmarks/load/bin/Release/net10.0/Scheduling.Load.dll --grpc "http://127.0.0.1:$grpc_port" --http "http://127.0.0.1:$http_port" \
  --token "$token" --pid "$host" "$@"
