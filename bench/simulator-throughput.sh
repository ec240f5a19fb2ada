#!/usr/bin/env bash
# Zero-latency throughput of the UpstreamSimulator: Release build, wrk with 64 connections for ~10 s, requests/s printed.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-5099}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
out=bench/SimulatorThroughput/bin

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dotnet build UpstreamSimulator/UpstreamSimulator.csproj -c Release -o "$out" --nologo -v quiet

ASPNETCORE_URLS="http://127.0.0.1:$port" Simulator__Mode=zero-latency Logging__LogLevel__Default=Warning \
  dotnet "$out/UpstreamSimulator.dll" &
simulator=$!
trap 'kill -TERM "$simulator" 2>/dev/null || true; wait "$simulator" 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.1
done

# A short warm-up lets the JIT settle before the measured run.
wrk -t"$threads" -c"$connections" -d2s -s bench/wrk/chat-completion.lua "http://127.0.0.1:$port/openrouter/api/v1/chat/completions" >/dev/null
report=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/wrk/chat-completion.lua "http://127.0.0.1:$port/openrouter/api/v1/chat/completions")
echo "$report"
if grep -q "Non-2xx" <<<"$report"; then
  echo "Some responses were not 200: the figure is not a throughput of completions." >&2
  exit 1
fi
echo "Simulator zero-latency throughput: $(awk '/Requests\/sec/ {print $2}' <<<"$report") requests/s (non-streaming, $connections connections, $duration)"
