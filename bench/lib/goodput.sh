# The goodput benchmark: one simulated day, compressed by Clock:Speed, with four free tiers at their documented limits
# (OpenRouter with credits: 20/min and 1,000/day per account; Groq: 30/min and 1,000/day for each of two models; a
# Gemini-like tier: 10/min and 250/day), and traffic at twice what they allow together, offered both to AspireRouter and
# to a naive client that picks a provider model at random and retries on 429. Each uses its own upstream keys, so their
# quotas are apart. Needs start_redis and spawn (services.sh); writes the table to $GOODPUT_TABLE.

GOODPUT_SPEED=${GOODPUT_SPEED:-720}
GOODPUT_ALLOWED=3250
GOODPUT_START=2026-06-01T00:00:00Z
GOODPUT_SETTLE_SECONDS=25

goodput() {
  local epoch_ms sim_port router_port sim router clock
  epoch_ms=$(($(date +%s%3N) + GOODPUT_SETTLE_SECONDS * 1000))
  clock=(--Clock:Speed="$GOODPUT_SPEED" --Clock:Epoch="$(date -u -d "@$((epoch_ms / 1000))" +%Y-%m-%dT%H:%M:%SZ)" --Clock:StartsAt="$GOODPUT_START")
  epoch_ms=$((epoch_ms / 1000 * 1000))

  sim_port=$(free_port)
  sim="http://127.0.0.1:$sim_port"
  spawn simulator env Logging__LogLevel__Default=Warning dotnet UpstreamSimulator/bin/Release/net10.0/UpstreamSimulator.dll \
    --urls "$sim" --Simulator:Mode=zero-latency --Simulator:RequestLogCapacity=1000000 "${clock[@]}" \
    --Simulator:OpenRouter:Quota:KeysWithCredits:0=sk-or-v1-goodput-rout --Simulator:OpenRouter:Quota:KeysWithCredits:1=sk-or-v1-goodput-base \
    $(goodput_simulated_model groq 0 llama-3.3-70b-versatile 30 1000) \
    $(goodput_simulated_model groq 1 openai/gpt-oss-120b 30 1000) \
    $(goodput_simulated_model googleai 0 gemini-2.5-flash 10 250)
  wait_http "$sim/health" simulator "$STARTED"

  start_redis
  router_port=$(free_port)
  router="http://127.0.0.1:$router_port"
  spawn router env ASPNETCORE_URLS="$router" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__redis="127.0.0.1:$REDIS_PORT,password=$REDIS_PASSWORD" \
    Providers__openrouter__BaseUrl="$sim/openrouter/api/v1" Providers__openrouter__ApiKey=sk-or-v1-goodput-rout \
    Providers__groq__BaseUrl="$sim/groq/v1" Providers__groq__ApiKey=gsk-goodput-rout \
    Providers__googleai__Kind=openai Providers__googleai__BaseUrl="$sim/googleai/v1" Providers__googleai__ApiKey=goog-goodput-rout \
    Providers__googleai__CatalogSource=OpenAiModels Providers__googleai__Quotas__ModelRequestsPerMinute=10 Providers__googleai__Quotas__ModelRequestsPerDay=250 \
    Router__ClientKeys__bench="$ROUTER_KEY" \
    dotnet RouterApi/bin/Release/net10.0/RouterApi.dll "${clock[@]}"
  wait_http "$router/health" router "$STARTED"
  (($(date +%s%3N) < epoch_ms)) || die "the services took longer than ${GOODPUT_SETTLE_SECONDS}s to start: the simulated day began without them"

  log "goodput: one simulated day in $((86400 / GOODPUT_SPEED)) s (Clock:Speed=$GOODPUT_SPEED)"
  dotnet bench/Goodput/bin/Release/net10.0/Goodput.dll \
    --router "$router/" --router-key "$ROUTER_KEY" --simulator "$sim/" --router-key-suffixes rout \
    --epoch-ms "$epoch_ms" --speed "$GOODPUT_SPEED" --allowed "$GOODPUT_ALLOWED" --load 2 --baseline-attempts 3 \
    --baseline "$sim/openrouter/api/v1/chat/completions|google/gemma-3-27b-it:free|sk-or-v1-goodput-base" \
    --baseline "$sim/groq/v1/chat/completions|llama-3.3-70b-versatile|gsk-goodput-base" \
    --baseline "$sim/groq/v1/chat/completions|openai/gpt-oss-120b|gsk-goodput-base" \
    --baseline "$sim/googleai/v1/chat/completions|gemini-2.5-flash|goog-goodput-base" \
    --out "$GOODPUT_TABLE" >&2
  curl -fs -H "Authorization: Bearer $ROUTER_KEY" "$router/v1/router/status" >"$BENCH_WORK/router-status.json" || true
}

# The simulator options of one model of an OpenAI-compatible tier: $1 provider, $2 index, $3 id, $4 a minute, $5 a day.
goodput_simulated_model() {
  local prefix="--Simulator:Providers:$1:Models:$2"
  echo "$prefix:Id=$3 $prefix:RequestsPerMinute=$4 $prefix:RequestsPerDay=$5 $prefix:TokensPerMinute=0"
}
