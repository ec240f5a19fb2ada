# The request/response load: wrk with bench/wrk/chat-completion.lua, paced or in a closed loop.
# Every measurement goes to $BENCH_WORK/results.tsv as "metric<TAB>target<TAB>value".

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$BENCH_WORK/results.tsv"; }

# wrk against target $1: threads $2, connections $3, duration $4, then extra environment (BENCH_RATE=..., BENCH_STREAM=...).
# A request unanswered after $WRK_TIMEOUT (30s unless set) counts as failed. Prints wrk's BENCH line.
wrk_target() {
  local target=$1 threads=$2 connections=$3 duration=$4
  shift 4
  env BENCH_KEY="${TARGET_KEY[$target]}" BENCH_MODEL="${TARGET_MODEL[$target]}" BENCH_HEADERS="${TARGET_HEADERS[$target]}" "$@" \
    timeout $((${duration%s} + 60)) wrk -t"$threads" -c"$connections" -d"$duration" --timeout "${WRK_TIMEOUT:-30s}" \
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

# Closed loops (each connection sends its next request on the answer): 1 connection for the latency a proxy adds,
# 32 for the most it serves.
closed_loop() {
  local target line connections
  for connections in 1 32; do
    for target in "${TARGETS[@]}"; do
      log "closed loop, $connections connection(s) for $DURATION: $target"
      line=$(wrk_target "$target" "$((connections == 1 ? 1 : 2))" "$connections" "$DURATION")
      record "closed${connections}_rps" "$target" "$(field "$line" rps)"
      record "closed${connections}_p50" "$target" "$(us_to_ms "$(field "$line" p50_us)")"
      record "closed${connections}_p99" "$target" "$(us_to_ms "$(field "$line" p99_us)")"
      note_errors "$target" "$line"
    done
  done
}

# curl options for target $1's key and extra headers, in the array CURL_HEADERS.
curl_headers() {
  local pair
  CURL_HEADERS=(-H "Authorization: Bearer ${TARGET_KEY[$1]}" -H "Content-Type: application/json")
  while IFS= read -r -d '|' pair; do CURL_HEADERS+=(-H "$pair"); done <<<"${TARGET_HEADERS[$1]:+${TARGET_HEADERS[$1]}|}"
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
