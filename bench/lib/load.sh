# The load: wrk (bench/wrk/chat-completion.lua) for request/response and open-stream scenarios, curl --parallel for
# streams' time to first byte. Every measurement goes to $BENCH_WORK/results.tsv as "metric<TAB>target<TAB>value".

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$BENCH_WORK/results.tsv"; }

# wrk against target $1: threads $2, connections $3, duration $4, then extra environment (BENCH_RATE=..., BENCH_STREAM=...).
# Prints wrk's BENCH line.
wrk_target() {
  local target=$1 threads=$2 connections=$3 duration=$4
  shift 4
  env BENCH_KEY="${TARGET_KEY[$target]}" BENCH_MODEL="${TARGET_MODEL[$target]}" BENCH_HEADERS="${TARGET_HEADERS[$target]}" "$@" \
    timeout $((${duration%s} + 60)) wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s \
    -s bench/wrk/chat-completion.lua "${TARGET_URL[$target]}" >"$BENCH_WORK/wrk.out" 2>&1 || true
  grep '^BENCH ' "$BENCH_WORK/wrk.out" || die "wrk gave no result for $target: $(tail -3 "$BENCH_WORK/wrk.out")"
}

# Value of key $2 in a BENCH line $1.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

us_to_ms() { awk -v us="$1" 'BEGIN { printf "%.3f", us / 1000 }'; }

note_errors() { record errors "$1" "$(field "$2" errors)"; }

warm_up() {
  local target
  for target in "${TARGETS[@]}"; do
    log "warm-up: $target"
    wrk_target "$target" 2 64 "$WARMUP" >/dev/null
  done
}

fixed_rate() {
  local target line
  for target in "${TARGETS[@]}"; do
    log "fixed rate $RATE req/s for $DURATION: $target"
    line=$(wrk_target "$target" 1 16 "$DURATION" BENCH_RATE="$RATE")
    record fixed_rps "$target" "$(field "$line" rps)"
    record fixed_p50 "$target" "$(us_to_ms "$(field "$line" p50_us)")"
    record fixed_p90 "$target" "$(us_to_ms "$(field "$line" p90_us)")"
    record fixed_p99 "$target" "$(us_to_ms "$(field "$line" p99_us)")"
    note_errors "$target" "$line"
  done
}

closed_loop() {
  local target line
  for target in "${TARGETS[@]}"; do
    log "closed loop, 64 connections for $DURATION: $target"
    line=$(wrk_target "$target" 2 64 "$DURATION")
    record closed_rps "$target" "$(field "$line" rps)"
    record closed_p99 "$target" "$(us_to_ms "$(field "$line" p99_us)")"
    note_errors "$target" "$line"
  done
}

# curl options for target $1's key and extra headers, in the array CURL_HEADERS.
curl_headers() {
  local pair
  CURL_HEADERS=(-H "Authorization: Bearer ${TARGET_KEY[$1]}" -H "Content-Type: application/json")
  while IFS= read -r -d '|' pair; do CURL_HEADERS+=(-H "$pair"); done <<<"${TARGET_HEADERS[$1]:+${TARGET_HEADERS[$1]}|}"
}

simulator_control() {
  curl -fs -o /dev/null -X "$1" "$SIM_URL/_control/$2" ${3:+-H 'Content-Type: application/json' -d "$3"} || die "simulator control $1 $2 failed"
}

# Streams of $STREAM_CHUNKS chunks paced at $1 tokens/s (no wait for the first token).
pace_streams() {
  simulator_control PUT "reply-tokens/$STREAM_CHUNKS"
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
    note_errors "$target" "BENCH errors=$(awk '$1 != 200' "$out" | wc -l) "
  done
  simulator_control POST reset
}

# $OPEN_STREAMS slow streams held open at once by wrk; the target process's memory and CPU sampled from /proc meanwhile.
open_streams() {
  local target pid line ticks_before ticks_after started samples=$BENCH_WORK/rss.txt
  pace_streams "$OPEN_STREAM_TOKENS_PER_SECOND"
  for target in "${TARGETS[@]}"; do
    log "$OPEN_STREAMS open streams for $OPEN_DURATION: $target"
    pid=${TARGET_PID[$target]}
    : >"$samples"
    (while kill -0 "$pid" 2>/dev/null; do tree_rss_kb "$pid" >>"$samples"; sleep 0.5; done) &
    local sampler=$!
    ticks_before=$(tree_cpu_ticks "$pid") started=$(date +%s.%N)
    line=$(wrk_target "$target" 2 "$OPEN_STREAMS" "$OPEN_DURATION" BENCH_STREAM=true)
    ticks_after=$(tree_cpu_ticks "$pid")
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    record open_rss_mb "$target" "$(sort -n "$samples" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')"
    record open_cpu "$target" "$(awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v s="$started" -v e="$(date +%s.%N)" \
      'BEGIN { printf "%.0f", 100 * t / hz / (e - s) }')"
    record open_p50 "$target" "$(us_to_ms "$(field "$line" p50_us)")"
    record open_p99 "$target" "$(us_to_ms "$(field "$line" p99_us)")"
    note_errors "$target" "$line"
  done
  simulator_control POST reset
}

# One request through every target until it answers 200 (the router first loads the simulator's catalog).
preflight() {
  local target deadline
  for target in "${TARGETS[@]}"; do
    deadline=$((SECONDS + 60))
    curl_headers "$target"
    until [ "$(curl -s -o "$BENCH_WORK/preflight.txt" -w '%{http_code}' --max-time 5 "${CURL_HEADERS[@]}" \
      -d "{\"model\":\"${TARGET_MODEL[$target]}\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}" "${TARGET_URL[$target]}")" = 200 ]; do
      ((SECONDS < deadline)) || die "$target does not answer 200: $(head -c 300 "$BENCH_WORK/preflight.txt")"
      sleep 0.5
    done
  done
}
