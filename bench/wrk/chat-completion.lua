-- A chat completion as wrk's request, shaped by the environment (defaults: the simulator's paid model, not streamed):
--   BENCH_KEY, BENCH_MODEL, BENCH_STREAM (true|false), BENCH_HEADERS ("Name: value" pairs separated by "|"),
--   BENCH_RATE: requests/s for each wrk thread, paced on a shared schedule (absent or 0: a closed loop, as fast as possible).
-- done() prints one "BENCH key=value ..." line with latency percentiles in microseconds, for bench/run.sh to read; for streams,
-- broken= counts answers of status 200 that did not end with [DONE] or carried an error event (a stream that failed midway).
local function env(name, default)
  local value = os.getenv(name)
  if value == nil or value == "" then return default end
  return value
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. env("BENCH_KEY", "sk-or-v1-bench-key-0000")
for pair in string.gmatch(env("BENCH_HEADERS", ""), "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
  wrk.headers[name] = value
end
wrk.body = string.format('{"model":"%s","stream":%s,"messages":[{"role":"user","content":"Say hello"}]}',
  env("BENCH_MODEL", "ai21/jamba-large-1.7"), env("BENCH_STREAM", "false"))

local rate = tonumber(env("BENCH_RATE", "0"))
if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *now);
  ]]
  local now = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
    return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
  end
  local interval = 1000 / rate
  local next_slot = 0

  -- Each request claims the next free slot of this thread's schedule, so the rate holds whatever the response times.
  function delay()
    local t = now_ms()
    next_slot = math.max(next_slot + interval, t)
    return math.floor(next_slot - t)
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Only streams have their bodies read: wrk passes a body to response() only when the function exists.
if env("BENCH_STREAM", "false") == "true" then
  broken = 0

  function response(status, headers, body)
    if status == 200 and (not string.find(body, "data: [DONE]", 1, true) or string.find(body, 'data: {"error"', 1, true)) then
      broken = broken + 1
    end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.status + errors.timeout
  local seconds = summary.duration / 1e6
  local broken = 0
  for _, thread in ipairs(threads) do
    broken = broken + (thread:get("broken") or 0)
  end
  io.write(string.format("BENCH requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d errors=%d broken=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), failed, broken))
end
