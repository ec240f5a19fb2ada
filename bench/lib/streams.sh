# The streaming load: streams of a set number of chunks paced by the simulator; curl --parallel for time to first byte
# and total, wrk for many streams held open at once while the serving process is sampled from /proc.

simulator_control() {
  curl -fs -o /dev/null -X "$1" "$SIM_URL/_control/$2" ${3:+-H 'Content-Type: application/json' -d "$3"} || die "simulator control $1 $2 failed"
}

# Streams of $2 chunks ($STREAM_CHUNKS unless given) paced at $1 tokens/s (no wait for the first token).
pace_streams() {
  simulator_control PUT "reply-tokens/${2:-$STREAM_CHUNKS}"
  simulator_control PUT latency "{\"provider\":\"*\",\"model\":\"*\",\"timeToFirstTokenMs\":0,\"tokensPerSecond\":$1}"
}

# curl, $STREAM_CONCURRENCY transfers at a time, $STREAM_COUNT in all: time to first byte and total per stream.
streaming() {
  local target out body config
  pace_streams "$STREAM_TOKENS_PER_SECOND"
  for target in "${TARGETS[@]}"; do
    log "streaming, $STREAM_CONCURRENCY at a time, $STREAM_COUNT streams: $target"
    body=$BENCH_WORK/stream-body.json config=$BENCH_WORK/stream-urls.cfg out=$BENCH_WORK/stream-$target.txt
    printf '{"model":"%s","stream":true,"messages":[{"role":"user","content":"Say hello"}]}' "${TARGET_MODEL[$target]}" >"$body"
    awk -v n="$STREAM_COUNT" -v url="${TARGET_URL[$target]}" \
      'BEGIN { for (i = 0; i < n; i++) printf "url = \"%s\"\noutput = \"/dev/null\"\n", url }' >"$config"
    curl_headers "$target"
    timeout 300 curl --no-progress-meter --parallel --parallel-immediate --parallel-max "$STREAM_CONCURRENCY" --max-time 60 \
      -K "$config" "${CURL_HEADERS[@]}" --data-binary @"$body" -w '%{http_code} %{time_starttransfer} %{time_total}\n' >"$out" || true
    awk '$1 == 200 { print $2 * 1000 }' "$out" >"$out.ttfb"
    awk '$1 == 200 { print $3 * 1000 }' "$out" >"$out.total"
    record stream_ttfb_p50 "$target" "$(percentile "$out.ttfb" 50)"
    record stream_ttfb_p99 "$target" "$(percentile "$out.ttfb" 99)"
    record stream_total_p50 "$target" "$(percentile "$out.total" 50)"
    record stream_total_p99 "$target" "$(percentile "$out.total" 99)"
    record errors "$target" "$(awk '$1 != 200' "$out" | wc -l)"
  done
  simulator_control POST reset
}

# How many streams target $1 is asked to hold: $OPEN_STREAMS for the router, the simulator itself and YARP on h2c (each
# multiplexes its upstream streams over a few HTTP/2 connections), $OPEN_STREAMS_PROXIED for the other proxies (two sockets a
# stream: 10,000 would pass the 20,000 descriptors a process may have here).
open_stream_count() {
  case $1 in
    direct | router | yarp-h2c) echo "$OPEN_STREAMS" ;;
    *) echo "$OPEN_STREAMS_PROXIED" ;;
  esac
}

# Established TCP connections to local port $1 (the clients' streams a server holds).
established_to() { ss -Htn state established "( sport = :$1 )" | wc -l; }

# Slow streams ($OPEN_STREAM_CHUNKS chunks at $OPEN_STREAM_TOKENS_PER_SECOND tokens/s) held open at once by wrk, one per
# connection, for $OPEN_DURATION: longer than a stream, shorter than two, so each connection's first stream is the one measured.
# Meanwhile the target process's memory and CPU are sampled from /proc and the connections it holds from ss. A stream failed
# when wrk saw an error, a status other than 200, or a body without [DONE] or with an error event, or when it did not finish.
open_streams() {
  local target pid port count line ticks_before ticks_after started finished failed samples=$BENCH_WORK/rss.txt held=$BENCH_WORK/held.txt
  pace_streams "$OPEN_STREAM_TOKENS_PER_SECOND" "$OPEN_STREAM_CHUNKS"
  for target in "${TARGETS[@]}"; do
    count=$(open_stream_count "$target")
    log "$count open streams for $OPEN_DURATION: $target"
    pid=${TARGET_PID[$target]} port=$(sed 's|^http://[^:]*:\([0-9]*\)/.*|\1|' <<<"${TARGET_URL[$target]}")
    : >"$samples"
    : >"$held"
    (while kill -0 "$pid" 2>/dev/null; do
      tree_rss_anon_kb "$pid" >>"$samples"
      established_to "$port" >>"$held"
      sleep 0.5
    done) &
    local sampler=$!
    ticks_before=$(tree_cpu_ticks "$pid") started=$(date +%s.%N)
    line=$(WRK_TIMEOUT=$OPEN_DURATION wrk_target "$target" 2 "$count" "$OPEN_DURATION" BENCH_STREAM=true)
    ticks_after=$(tree_cpu_ticks "$pid")
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    finished=$(field "$line" requests)
    failed=$(($(field "$line" errors) + $(field "$line" broken) + (finished < count ? count - finished : 0)))
    record open_asked "$target" "$count"
    record open_held "$target" "$(sort -n "$held" | tail -1)"
    record open_finished "$target" "$finished"
    record open_failed "$target" "$failed"
    record errors "$target" "$failed"
    record open_rss_mb "$target" "$(sort -n "$samples" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')"
    record open_rss_anon_mb "$target" "$(sort -n "$samples" | tail -1 | awk '{ printf "%.0f", $2 / 1024 }')"
    record open_cpu "$target" "$(awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v s="$started" -v e="$(date +%s.%N)" \
      'BEGIN { printf "%.0f", 100 * t / hz / (e - s) }')"
    record open_p50 "$target" "$(us_to_ms "$(field "$line" p50_us)")"
    record open_p99 "$target" "$(us_to_ms "$(field "$line" p99_us)")"
  done
  simulator_control POST reset
}

# What each process keeps after every scenario has run through it.
resident_memory_after_load() {
  local target
  for target in "${TARGETS[@]}"; do
    record final_rss_mb "$target" "$(tree_rss_anon_kb "${TARGET_PID[$target]}" | awk '{ printf "%.0f", $1 / 1024 }')"
  done
}
