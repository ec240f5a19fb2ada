# The comparison table (stdout) and the results file: date, command, commit, machine, load, versions, table, micro-benchmarks.

versions() {
  echo "- .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }')"
  echo "- Portkey gateway $(node -p 'require("./bench/node_modules/@portkey-ai/gateway/package.json").version' 2>/dev/null || echo 'not installed') on Node.js $(node --version)"
  echo "- Yarp.ReverseProxy $(sed -n 's/.*Include="Yarp.ReverseProxy" Version="\([^"]*\)".*/\1/p' Directory.Packages.props) (bench/YarpProxy)"
  echo "- $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3), $(redis-server --version | cut -d' ' -f1-3), $(curl --version | head -1 | cut -d' ' -f1-2)"
}

machine() {
  echo "- $(nproc) cores: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "- memory $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), kernel $(uname -r)"
  echo "- load average before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg) (above ~0.5 something else was using the CPU: noisy)"
}

table() {
  awk -v targets="$(IFS=,; echo "${TARGETS[*]}")" -v rate="$RATE" -v chunks="$STREAM_CHUNKS" \
    -v concurrency="$STREAM_CONCURRENCY" -v images="$IMAGE_REQUESTS" -v image_size="$IMAGE_SIZE" \
    -f bench/lib/table.awk "$BENCH_WORK/results.tsv"
}

# The commit measured, and whether the working tree differed from it.
commit() {
  local dirty=""
  git diff --quiet HEAD -- 2>/dev/null || dirty=" (with uncommitted changes)"
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown) on $(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)$dirty"
}

# Writes the results to $1 and, when $2 is given, a copy to $2.
report() {
  local out=$1 dated=${2:-} table
  table=$(table)
  mkdir -p "$(dirname "$out")"
  {
    echo "# AspireRouter benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), \`$COMMAND\`$($SMOKE && echo ' (smoke: too short to mean anything)')"
    echo
    echo "Commit: $(commit)"
    echo
    echo "## Machine"
    machine
    echo
    echo "## Versions"
    versions
    echo
    echo "## Load"
    echo "- fixed rate: wrk, 1 thread, 16 connections paced to $RATE req/s in total, $DURATION; closed loops: wrk on 1 connection (1 thread) and on 32 (2 threads), $DURATION each (after $WARMUP of warm-up on 64 connections)"
    echo "- streams: curl --parallel, $STREAM_CONCURRENCY at a time, $STREAM_COUNT streams of $STREAM_CHUNKS chunks at $STREAM_TOKENS_PER_SECOND tokens/s"
    echo "- open streams (first, on fresh processes): wrk, 2 threads, one stream per connection, $OPEN_STREAMS connections to the router, the simulator directly and YARP on h2c (which multiplexes its upstream streams as the router does), $OPEN_STREAMS_PROXIED to the other proxies (each of their streams takes two of the 20,000 descriptors a process may have here), for $OPEN_DURATION; streams of $OPEN_STREAM_CHUNKS chunks at $OPEN_STREAM_TOKENS_PER_SECOND tokens/s, so each connection's first stream is the one measured; peak memory (VmRSS of the process tree), CPU, and connections held (ESTABLISHED to its port, ss) sampled every 0.5 s"
    echo "- every scenario: the router reaches the simulator over HTTP/2 with prior knowledge (h2c, \`Upstream:CleartextHttp2\`), (e2) YARP too, the other targets over HTTP/1.1"
    echo "- images (a fresh router and simulator of their own): $IMAGE_REQUESTS requests of n=10 at $IMAGE_SIZE, 4 at a time, after one small warm-up request; the router's memory after them, and in brackets the change from before them"
    echo "- micro-benchmarks: BenchmarkDotNet${MICRO_ARGS:+ $MICRO_ARGS}"
    echo
    echo "## Results"
    echo
    echo "Columns (b)-(e) show the difference to (a) in ms for latencies and the ratio to (a) for throughput. (b) reserves its"
    echo "quota in blocks (a Redis call now and then); (b2) is the same router counting OpenRouter's minute and day quotas"
    echo "exactly, as it does OpenRouter's real limits (20 a minute, 50 a day): one Redis round trip (one MULTI/EXEC) a request."
    echo
    echo "$table"
    if [ -f "$BENCH_WORK/micro.md" ]; then
      echo
      echo "## Micro-benchmarks"
      cat "$BENCH_WORK/micro.md"
    fi
  } >"$out"
  echo "$table"
  log "results written to $out"
  if [ -n "$dated" ]; then
    cp "$out" "$dated"
    log "and kept as $dated"
  fi
}
