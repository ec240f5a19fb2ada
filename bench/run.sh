#!/usr/bin/env bash
# AspireRouter benchmark: the simulator (zero latency) reached (a) directly, (b) through AspireRouter, (b2) through
# AspireRouter counting OpenRouter's quotas exactly (one Redis round trip a request), (c) through Portkey's gateway, (d)
# through a bare nginx proxy_pass and (e) through a bare YARP reverse proxy (bench/YarpProxy), under the same wrk/curl load; then BenchmarkDotNet micro-benchmarks. Prints one table and writes it with the machine, commit,
# versions and command to bench/results/latest.md, and (a full run) to bench/results/YYYY-MM-DD.md, the copy to commit.
#
#   bench/run.sh                         the full run (about 12 minutes)
#   bench/run.sh --smoke                 a few seconds per scenario, micro-benchmarks in a dry job (checks the harness)
#   bench/run.sh --targets direct,router only some columns       --out FILE  where the results go (instead of both files)
#   bench/run.sh --no-micro              skip the micro-benchmarks
#   bench/run.sh --images-only           only RouterApi's memory around 50 image requests of n=10 (a minute or two)
#   bench/run.sh --goodput [--out FILE]  only the goodput of free quotas over a compressed day (bench/goodput.sh, ~4 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

COMMAND="bench/run.sh${*:+ $*}"
SMOKE=false MICRO=true IMAGES_ONLY=false OUT="" TARGET_LIST=direct,router,router-exact,portkey,nginx,yarp
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) SMOKE=true ;;
    --no-micro) MICRO=false ;;
    --images-only) IMAGES_ONLY=true MICRO=false TARGET_LIST=router ;;
    --goodput) shift; exec bench/goodput.sh "$@" ;;
    --targets) TARGET_LIST=$2; shift ;;
    --out) OUT=$2; shift ;;
    *) echo "usage: bench/run.sh [--smoke] [--no-micro] [--images-only] [--goodput] [--targets direct,router,router-exact,portkey,nginx,yarp] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done

source bench/lib/common.sh
source bench/lib/services.sh
source bench/lib/load.sh
source bench/lib/streams.sh
source bench/lib/micro.sh
source bench/lib/images.sh
source bench/lib/report.sh

RATE=500 STREAM_CHUNKS=50 STREAM_CONCURRENCY=16 STREAM_TOKENS_PER_SECOND=500 OPEN_STREAMS=1000 OPEN_STREAM_TOKENS_PER_SECOND=10
if $SMOKE; then
  # Small images: the smoke run checks that the image rows are measured, not what the largest images take.
  WARMUP=1s DURATION=1s STREAM_COUNT=48 OPEN_DURATION=4s OPEN_STREAM_TOKENS_PER_SECOND=25 MICRO_ARGS="--job Dry --inProcess" IMAGE_REQUESTS=4 IMAGE_SIZE=256x256
  OUT=${OUT:-bench/results/smoke.md}
else
  WARMUP=3s DURATION=10s STREAM_COUNT=800 OPEN_DURATION=20s MICRO_ARGS="--warmupCount 5 --iterationCount 15 --buildTimeout 600" IMAGE_REQUESTS=50
  # A full run of every scenario is also kept under its date, the file to commit.
  if [ -z "$OUT" ] && ! $IMAGES_ONLY; then DATED_OUT=bench/results/$(date -u +%F).md; fi
  OUT=${OUT:-bench/results/latest.md}
fi

for tool in wrk curl nginx redis-server node dotnet; do
  command -v "$tool" >/dev/null || die "$tool is missing; see the README's Benchmarks section for the set-up"
done
IFS=, read -r -a TARGETS <<<"$TARGET_LIST"
if [[ ,$TARGET_LIST, == *,portkey,* ]] && [ ! -f bench/node_modules/@portkey-ai/gateway/package.json ]; then
  if $SMOKE && [ "${CI:-}" != true ]; then
    log "bench/node_modules is absent: the smoke run leaves Portkey out (npm ci --prefix bench brings it)"
    IFS=, read -r -a TARGETS <<<"$(tr , '\n' <<<"$TARGET_LIST" | grep -vx portkey | paste -sd,)"
  else
    die "Portkey is not installed: run 'npm ci --prefix bench'"
  fi
fi

BENCH_WORK=$(mktemp -d /tmp/aspirerouter-bench.XXXXXX)
trap 'stop_services; rm -rf "$BENCH_WORK"' EXIT
ulimit -n "$(ulimit -Hn)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$BENCH_WORK/results.tsv"

log "building (Release)"
projects=(UpstreamSimulator/UpstreamSimulator.csproj)
[[ " ${TARGETS[*]} " == *" router"[\ -]* ]] && projects+=(RouterApi/RouterApi.csproj)
[[ " ${TARGETS[*]} " == *" yarp "* ]] && projects+=(bench/YarpProxy/YarpProxy.csproj)
$MICRO && projects+=(bench/Benchmarks/Benchmarks.csproj)
# One build of a solution filter holding them: shared projects are checked once, not once per project.
printf '{"solution":{"path":"%s","projects":[%s]}}' "$PWD/AspireRouter.sln" "$(printf '"%s",' "${projects[@]}" | sed 's/,$//')" >"$BENCH_WORK/bench.slnf"
dotnet build "$BENCH_WORK/bench.slnf" -c Release --nologo -v quiet >"$BENCH_WORK/build.log" 2>&1 || die "build of ${projects[*]} failed: $(tail -5 "$BENCH_WORK/build.log")"

if $IMAGES_ONLY; then
  image_memory
  stop_services
  report "$OUT"
  exit 0
fi

start_simulator
for target in "${TARGETS[@]}"; do
  [ "$target" = direct ] || "start_${target//-/_}"
done
preflight

# Open streams first, so memory is what holding them takes, not what the throughput runs left behind (recorded last).
open_streams
warm_up
fixed_rate
closed_loop
streaming
resident_memory_after_load
stop_services
if [[ " ${TARGETS[*]} " == *" router "* ]]; then
  image_memory
  stop_services
fi
$MICRO && micro_benchmarks

report "$OUT" "${DATED_OUT:-}"
