#!/usr/bin/env bash
# AspireRouter benchmark: the simulator (zero latency) reached (a) directly, (b) through AspireRouter, (b2) through
# AspireRouter counting OpenRouter's quotas exactly (one Redis round trip a request), (c) through Portkey's gateway, (d)
# through a bare nginx proxy_pass, (e) through a bare YARP reverse proxy (bench/YarpProxy) and (e2) the same YARP speaking
# h2c to the simulator as the router does, under the same wrk/curl load; then BenchmarkDotNet micro-benchmarks. Prints one table and writes it with the machine, commit,
# versions and command to bench/results/latest.md, and (a full run) to bench/results/YYYY-MM-DD.md, the copy to commit.
#
#   bench/run.sh                         the full run (about 12 minutes)
#   bench/run.sh --smoke                 a few seconds per scenario, micro-benchmarks in a dry job (checks the harness)
#   bench/run.sh --targets direct,router only some columns       --out FILE  where the results go (instead of both files)
#   bench/run.sh --scenarios open-streams only some scenarios, of open-streams,fixed-rate,closed-loop,streaming,images
#                                        (e.g. --scenarios open-streams --targets router --no-micro: 10,000 open streams, ~2 min)
#   bench/run.sh --no-micro              skip the micro-benchmarks
#   bench/run.sh --images-only           only RouterApi's memory around 50 image requests of n=10 (a minute or two)
#   bench/run.sh --goodput [--out FILE]  only the goodput of free quotas over a compressed day (bench/goodput.sh, ~4 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."

COMMAND="bench/run.sh${*:+ $*}"
SMOKE=false MICRO=true IMAGES_ONLY=false OUT="" TARGET_LIST=direct,router,router-exact,portkey,nginx,yarp,yarp-h2c
SCENARIO_LIST=open-streams,fixed-rate,closed-loop,streaming,images
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) SMOKE=true ;;
    --no-micro) MICRO=false ;;
    --images-only) IMAGES_ONLY=true MICRO=false TARGET_LIST=router ;;
    --goodput) shift; exec bench/goodput.sh "$@" ;;
    --targets) TARGET_LIST=$2; shift ;;
    --scenarios) SCENARIO_LIST=$2; shift ;;
    --out) OUT=$2; shift ;;
    *) echo "usage: bench/run.sh [--smoke] [--no-micro] [--images-only] [--goodput] [--targets direct,router,router-exact,portkey,nginx,yarp,yarp-h2c] [--scenarios open-streams,fixed-rate,closed-loop,streaming,images] [--out FILE]" >&2; exit 2 ;;
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

# Open streams: the router, the simulator directly and YARP on h2c hold OPEN_STREAMS at once; the other proxies
# OPEN_STREAMS_PROXIED, as each of their streams takes two sockets and 10,000 of them would pass this machine's 20,000
# descriptors per process.
RATE=500 STREAM_CHUNKS=50 STREAM_CONCURRENCY=16 STREAM_TOKENS_PER_SECOND=500 OPEN_STREAM_TOKENS_PER_SECOND=1
if $SMOKE; then
  # Small images: the smoke run checks that the image rows are measured, not what the largest images take.
  WARMUP=1s DURATION=1s STREAM_COUNT=48 OPEN_STREAMS=200 OPEN_STREAMS_PROXIED=200 OPEN_STREAM_CHUNKS=4 OPEN_DURATION=7s
  MICRO_ARGS="--job Dry --inProcess" IMAGE_REQUESTS=4 IMAGE_SIZE=256x256
  OUT=${OUT:-bench/results/smoke.md}
else
  # Streams of 34 s, each connection's first one measured: wrk connects all within a few seconds, so all are open together for
  # about 25 s; the 55 s run ends before any second stream could finish, and leaves a first one 20 s to spare.
  WARMUP=3s DURATION=10s STREAM_COUNT=800 OPEN_STREAMS=10000 OPEN_STREAMS_PROXIED=1000 OPEN_STREAM_CHUNKS=35 OPEN_DURATION=55s
  MICRO_ARGS="--warmupCount 5 --iterationCount 15 --buildTimeout 600" IMAGE_REQUESTS=50
  # A full run of every scenario is also kept under its date, the file to commit.
  if [ -z "$OUT" ] && ! $IMAGES_ONLY && [ "$SCENARIO_LIST" = open-streams,fixed-rate,closed-loop,streaming,images ]; then
    DATED_OUT=bench/results/$(date -u +%F).md
  fi
  OUT=${OUT:-bench/results/latest.md}
fi

for tool in wrk curl nginx redis-server node dotnet; do
  command -v "$tool" >/dev/null || die "$tool is missing; see the README's Benchmarks section for the set-up"
done
IFS=, read -r -a TARGETS <<<"$TARGET_LIST"
# Whether scenario $1 is one of --scenarios.
scenario() { [[ ,$SCENARIO_LIST, == *,$1,* ]]; }
for name in ${SCENARIO_LIST//,/ }; do
  [[ ,open-streams,fixed-rate,closed-loop,streaming,images, == *,$name,* ]] || die "unknown scenario '$name'"
done
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
[[ " ${TARGETS[*]} " == *" yarp"* ]] && projects+=(bench/YarpProxy/YarpProxy.csproj)
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
scenario open-streams && open_streams
if scenario fixed-rate || scenario closed-loop || scenario streaming; then warm_up; fi
scenario fixed-rate && fixed_rate
scenario closed-loop && closed_loop
scenario streaming && streaming
resident_memory_after_load
stop_services
if [[ " ${TARGETS[*]} " == *" router "* ]] && scenario images; then
  image_memory
  stop_services
fi
$MICRO && micro_benchmarks

report "$OUT" "${DATED_OUT:-}"
