# Starts the services under test on free loopback ports and stops them (SIGTERM) when the run ends.
# Each start_* registers a target: TARGET_URL, TARGET_KEY, TARGET_MODEL, TARGET_HEADERS and TARGET_PID (the process measured).

declare -A TARGET_URL TARGET_KEY TARGET_MODEL TARGET_HEADERS TARGET_PID
BENCH_PIDS=()
UPSTREAM_KEY=sk-or-v1-bench-key-0000
UPSTREAM_MODEL=google/gemma-3-27b-it:free
ROUTER_KEY=sk-aspirerouter-bench-0001

# Runs "$@" in the background with its output in $BENCH_WORK/$1-named log; the pid is in $STARTED.
spawn() {
  local name=$1
  shift
  "$@" >"$BENCH_WORK/$name.log" 2>&1 &
  STARTED=$!
  BENCH_PIDS+=("$STARTED")
}

stop_services() {
  local pid i
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${BENCH_PIDS[i]}" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]}"; do
    timeout 15 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  BENCH_PIDS=()
}

# The simulator on two ports: HTTP/1.1 for the clients and proxies, and HTTP/2 with prior knowledge (h2c) for the router, whose
# streams then share a few upstream connections as they would over TLS to a real provider (HTTP/2 by ALPN).
start_simulator() {
  SIM_PORT=$(free_port) SIM_H2C_PORT=$(free_port)
  SIM_URL="http://127.0.0.1:$SIM_PORT" SIM_H2C_URL="http://127.0.0.1:$SIM_H2C_PORT"
  spawn simulator env Logging__LogLevel__Default=Warning Kestrel__Endpoints__http__Url="$SIM_URL" \
    Kestrel__Endpoints__h2c__Url="$SIM_H2C_URL" Kestrel__Endpoints__h2c__Protocols=Http2 \
    dotnet UpstreamSimulator/bin/Release/net10.0/UpstreamSimulator.dll --Simulator:Mode=zero-latency --Simulator:OpenRouter:Quota:Enabled=false
  wait_http "$SIM_URL/health" simulator "$STARTED"
  register direct "$SIM_URL/openrouter/api/v1/chat/completions" "$UPSTREAM_KEY" "$UPSTREAM_MODEL" "" "$STARTED"
}

register() {
  TARGET_URL[$1]=$2 TARGET_KEY[$1]=$3 TARGET_MODEL[$1]=$4 TARGET_HEADERS[$1]=$5 TARGET_PID[$1]=$6
}

start_redis() {
  REDIS_PORT=$(free_port)
  REDIS_PASSWORD="bench-$RANDOM$RANDOM"
  spawn redis redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --requirepass "$REDIS_PASSWORD" --save '' --appendonly no
  local deadline=$((SECONDS + 30))
  until redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -a "$REDIS_PASSWORD" --no-auth-warning ping 2>/dev/null | grep -q PONG; do
    ((SECONDS < deadline)) || die "redis-server did not start (log: $BENCH_WORK/redis.log)"
    sleep 0.2
  done
}

start_router() {
  launch_router router
}

# The same router with OpenRouter's minute and day windows counted exactly (blocks of one; limits still out of reach), so
# every request reserves both in Redis: the one MULTI/EXEC round trip a request under small quotas pays.
start_router_exact() {
  launch_router router-exact Providers__openrouter__Quotas__CountExactly=true
}

# Starts RouterApi on a redis-server of its own and registers it as target $1; further arguments are extra environment.
launch_router() {
  local name=$1 port
  shift
  start_redis
  port=$(free_port)
  # The router's own OpenRouter quotas (20/min, 50/day by default) would turn a benchmark into 429s: lifted here.
  spawn "$name" env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    ConnectionStrings__redis="127.0.0.1:$REDIS_PORT,password=$REDIS_PASSWORD" \
    Providers__openrouter__BaseUrl="$SIM_H2C_URL/openrouter/api/v1" Upstream__CleartextHttp2=true Providers__openrouter__ApiKey=sim-key \
    Providers__openrouter__Quotas__RequestsPerMinute=2000000000 Providers__openrouter__Quotas__RequestsPerDay=2000000000 Providers__openrouter__Quotas__LearnFromUpstream=false \
    Router__ClientKeys__bench="$ROUTER_KEY" "$@" \
    dotnet RouterApi/bin/Release/net10.0/RouterApi.dll
  wait_http "http://127.0.0.1:$port/health" "$name" "$STARTED"
  register "$name" "http://127.0.0.1:$port/v1/chat/completions" "$ROUTER_KEY" free "" "$STARTED"
}

start_portkey() {
  local port
  port=$(free_port)
  spawn portkey env NODE_ENV=production node --require ./bench/portkey/loopback.cjs \
    bench/node_modules/@portkey-ai/gateway/build/start-server.js --port="$port" --headless
  wait_http "http://127.0.0.1:$port/" portkey "$STARTED"
  register portkey "http://127.0.0.1:$port/v1/chat/completions" "$UPSTREAM_KEY" "$UPSTREAM_MODEL" \
    "x-portkey-provider: openai|x-portkey-custom-host: $SIM_URL/openrouter/api/v1" "$STARTED"
}

start_nginx() {
  local port dir=$BENCH_WORK/nginx
  port=$(free_port)
  mkdir -p "$dir"
  write_nginx_conf "$port" >"$dir/nginx.conf"
  spawn nginx nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
  wait_http "http://127.0.0.1:$port/health" nginx "$STARTED"
  register nginx "http://127.0.0.1:$port/openrouter/api/v1/chat/completions" "$UPSTREAM_KEY" "$UPSTREAM_MODEL" "" "$STARTED"
}

# A bare YARP reverse proxy (bench/YarpProxy) to the simulator: the .NET proxy floor, with YARP's defaults (HTTP/1.1 to an
# http:// destination).
start_yarp() {
  launch_yarp yarp --Upstream="$SIM_URL"
}

# The same YARP speaking h2c to the simulator, as the router does here: the .NET floor on the router's own upstream protocol.
start_yarp_h2c() {
  launch_yarp yarp-h2c --Upstream="$SIM_H2C_URL" --Http2=true
}

# Starts bench/YarpProxy as target $1; further arguments are its command line.
launch_yarp() {
  local name=$1 port
  shift
  port=$(free_port)
  spawn "$name" env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet bench/YarpProxy/bin/Release/net10.0/YarpProxy.dll "$@"
  wait_http "http://127.0.0.1:$port/health" "$name" "$STARTED"
  register "$name" "http://127.0.0.1:$port/openrouter/api/v1/chat/completions" "$UPSTREAM_KEY" "$UPSTREAM_MODEL" "" "$STARTED"
}

# A bare reverse proxy to the simulator: keep-alive upstream connections, no buffering (streams pass through).
write_nginx_conf() {
  cat <<CONF
daemon off;
worker_processes auto;
pid $BENCH_WORK/nginx/nginx.pid;
error_log $BENCH_WORK/nginx/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path $BENCH_WORK/nginx/body;
  proxy_temp_path $BENCH_WORK/nginx/proxy;
  fastcgi_temp_path $BENCH_WORK/nginx/fastcgi;
  uwsgi_temp_path $BENCH_WORK/nginx/uwsgi;
  scgi_temp_path $BENCH_WORK/nginx/scgi;
  upstream simulator {
    server 127.0.0.1:$SIM_PORT;
    keepalive 256;
  }
  server {
    listen 127.0.0.1:$1;
    location / {
      proxy_pass http://simulator;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
      proxy_read_timeout 120s;
    }
  }
}
CONF
}
