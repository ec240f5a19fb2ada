#!/usr/bin/env bash
# Goodput of free quotas: one simulated day compressed to two minutes (Clock:Speed=720 in the simulator and the router),
# four free tiers at their documented limits, traffic at twice what they allow, through AspireRouter and through a naive
# random-pick-and-retry client in the same run. Release builds, random loopback ports, redis-server; about four minutes.
# Prints the table and writes it with the date, machine and command to bench/results/goodput.md (or --out FILE).
#
#   bench/goodput.sh [--out FILE]         GOODPUT_SPEED=1440 bench/goodput.sh   (a day in one minute)
set -euo pipefail
cd "$(dirname "$0")/.."

COMMAND="bench/goodput.sh${*:+ $*}"
OUT=bench/results/goodput.md
while [ $# -gt 0 ]; do
  case $1 in
    --out) OUT=$2; shift ;;
    *) echo "usage: bench/goodput.sh [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done

source bench/lib/common.sh
source bench/lib/services.sh
source bench/lib/goodput.sh

for tool in curl redis-server dotnet; do
  command -v "$tool" >/dev/null || die "$tool is missing; see the README's Benchmarks section for the set-up"
done

BENCH_WORK=$(mktemp -d /tmp/aspirerouter-goodput.XXXXXX)
trap 'stop_services; [ -n "${GOODPUT_KEEP:-}" ] || rm -rf "$BENCH_WORK"' EXIT
GOODPUT_TABLE=$BENCH_WORK/goodput.md

log "building (Release)"
for project in UpstreamSimulator/UpstreamSimulator.csproj RouterApi/RouterApi.csproj bench/Goodput/Goodput.csproj; do
  dotnet build "$project" -c Release --nologo -v quiet >"$BENCH_WORK/build.log" 2>&1 || die "build of $project failed: $(tail -5 "$BENCH_WORK/build.log")"
done

goodput
stop_services
mkdir -p "$(dirname "$OUT")"
{
  echo "# AspireRouter goodput benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), \`$COMMAND\`, $(nproc) cores, .NET SDK $(dotnet --version)"
  echo
  cat "$GOODPUT_TABLE"
} >"$OUT"
cat "$GOODPUT_TABLE"
log "written to $OUT"
