# RouterApi's memory around a burst of the largest image requests: a simulator serving free image models and a fresh router
# of its own (so the chat scenarios' pool is untouched), $IMAGE_REQUESTS requests of n=10 at $IMAGE_SIZE, 4 at a time;
# working set and private bytes from /proc, the GC heap from dotnet-counters (a local tool: .config/dotnet-tools.json).

# The largest size of which the router makes ten per request (Images:MaxPixelsPerRequest, 2 x 4096x4096 by default).
IMAGE_SIZE=1824x1824

# Free models that draw images, in OpenRouter's catalog shape.
write_image_catalog() {
  local id entries=""
  for id in bench/image-0:free bench/image-1:free bench/image-2:free; do
    entries+="${entries:+,}{\"id\":\"$id\",\"canonical_slug\":\"$id\",\"name\":\"Bench: $id\",\"created\":1750000000,\"context_length\":32768,"
    entries+="\"architecture\":{\"modality\":\"text->image+text\",\"input_modalities\":[\"text\"],\"output_modalities\":[\"image\",\"text\"],\"tokenizer\":\"Other\",\"instruct_type\":null},"
    entries+="\"pricing\":{\"prompt\":\"0\",\"completion\":\"0\"},\"top_provider\":{\"context_length\":32768,\"max_completion_tokens\":4096,\"is_moderated\":false},"
    entries+="\"per_request_limits\":null,\"supported_parameters\":[\"max_tokens\"]}"
  done
  echo "{\"data\":[$entries]}" >"$1"
}

# Resident memory (VmRSS) and private bytes (Private_Clean + Private_Dirty) of process $1, in MB.
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
private_mb() { awk '/^Private_(Clean|Dirty):/ { kb += $2 } END { printf "%.0f", kb / 1024 }' "/proc/$1/smaps_rollup"; }

# The GC heap of .NET process $1 in MB: the last of two seconds of System.Runtime's gc-heap-size.
gc_heap_mb() {
  local out=$BENCH_WORK/counters-$RANDOM
  dotnet tool run dotnet-counters collect --process-id "$1" --counters 'EventCounters\System.Runtime[gc-heap-size]' \
    --format csv --output "$out.csv" --duration 00:00:00:03 >"$out.log" 2>&1 || die "dotnet-counters failed: $(tail -3 "$out.log")"
  awk -F, '$3 ~ /GC Heap Size/ { v = $5 } END { if (v == "") print "nan"; else printf "%.0f", v }' "$out.csv"
}

image_memory() {
  local sim_port router_port sim_pid router_pid catalog=$BENCH_WORK/image-catalog.json url body=$BENCH_WORK/image-body.json out=$BENCH_WORK/images.txt
  dotnet tool restore >"$BENCH_WORK/tool-restore.log" 2>&1 || die "dotnet tool restore failed: $(tail -3 "$BENCH_WORK/tool-restore.log")"
  write_image_catalog "$catalog"
  sim_port=$(free_port)
  spawn image-simulator env Logging__LogLevel__Default=Warning dotnet UpstreamSimulator/bin/Release/net10.0/UpstreamSimulator.dll \
    --urls "http://127.0.0.1:$sim_port" --Simulator:Mode=zero-latency --Simulator:OpenRouter:Quota:Enabled=false \
    --Simulator:OpenRouter:CatalogPath="$catalog"
  sim_pid=$STARTED
  wait_http "http://127.0.0.1:$sim_port/health" image-simulator "$sim_pid"
  start_redis
  router_port=$(free_port)
  spawn image-router env ASPNETCORE_URLS="http://127.0.0.1:$router_port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__redis="127.0.0.1:$REDIS_PORT,password=$REDIS_PASSWORD" \
    Providers__openrouter__BaseUrl="http://127.0.0.1:$sim_port/openrouter/api/v1" Providers__openrouter__ApiKey=sim-key \
    Providers__openrouter__Quotas__RequestsPerMinute=2000000000 Providers__openrouter__Quotas__RequestsPerDay=2000000000 Providers__openrouter__Quotas__LearnFromUpstream=false \
    Router__ClientKeys__bench="$ROUTER_KEY" \
    dotnet RouterApi/bin/Release/net10.0/RouterApi.dll
  router_pid=$STARTED
  wait_http "http://127.0.0.1:$router_port/health" image-router "$router_pid"
  url="http://127.0.0.1:$router_port/v1/images/generations"
  printf '{"model":"free","prompt":"A red fox in the snow","n":10,"size":"%s"}' "$IMAGE_SIZE" >"$body"

  # One small request first, so "before" is a process that has served images, not one still loading its code.
  curl -fs -o /dev/null --max-time 120 -H "Authorization: Bearer $ROUTER_KEY" -H 'Content-Type: application/json' \
    -d '{"model":"free","prompt":"warm-up","size":"256x256"}' "$url" || die "the image warm-up request failed (log: $BENCH_WORK/image-router.log)"
  record image_rss_mb_before router "$(rss_mb "$router_pid")"
  record image_private_mb_before router "$(private_mb "$router_pid")"
  record image_gc_heap_mb_before router "$(gc_heap_mb "$router_pid")"

  log "$IMAGE_REQUESTS image requests of n=10 at $IMAGE_SIZE, 4 at a time: router"
  awk -v n="$IMAGE_REQUESTS" -v url="$url" 'BEGIN { for (i = 0; i < n; i++) printf "url = \"%s\"\noutput = \"/dev/null\"\n", url }' >"$BENCH_WORK/image-urls.cfg"
  timeout 900 curl --no-progress-meter --parallel --parallel-immediate --parallel-max 4 --max-time 300 -K "$BENCH_WORK/image-urls.cfg" \
    -H "Authorization: Bearer $ROUTER_KEY" -H 'Content-Type: application/json' --data-binary @"$body" -w '%{http_code}\n' >"$out" || true
  record errors router "$(awk '$1 != 200' "$out" | wc -l)"
  record image_rss_mb router "$(rss_mb "$router_pid")"
  record image_private_mb router "$(private_mb "$router_pid")"
  record image_gc_heap_mb router "$(gc_heap_mb "$router_pid")"
}
