# Turns results.tsv (metric, target, value) into the markdown comparison table.
# -v targets=direct,router,... -v rate=500 -v chunks=50 -v concurrency=16 -v images=50 -v image_size=1824x1824
# After the table, when the router held open streams: whether it met the 10,000-streams target (held at once, RSS, failures).
# Cells of (b)-(d) add the difference to (a) for latencies ("+0.12") and the ratio to (a) for throughput ("0.45x");
# "growth" cells add the change from the same metric measured before the scenario (METRIC_before): "412 (+180)".
BEGIN { FS = "\t"; n = split(targets, column, ","); OPEN_TARGET = 10000; OPEN_RSS_TARGET_MB = 300 }

$1 == "errors" { value[$1, $2] += $3; seen[$1, $2] = 1; next }
{ value[$1, $2] = $3; seen[$1, $2] = 1 }

function has(metric, target) { return ((metric, target) in seen) && value[metric, target] != "nan" }

function cell(metric, kind, target,    v, base) {
  if (!has(metric, target)) return "n/a"
  v = value[metric, target]
  if (kind == "growth") return has(metric "_before", target) ? sprintf("%s (%+d)", fmt(v), v - value[metric "_before", target]) : fmt(v)
  if (target == "direct" || kind == "plain" || !has(metric, "direct")) return fmt(v)
  base = value[metric, "direct"]
  if (kind == "latency") return sprintf("%s (%+.3f)", fmt(v), v - base)
  return base > 0 ? sprintf("%s (%.2fx)", fmt(v), v / base) : fmt(v)
}

function fmt(v) { return v == int(v) ? sprintf("%d", v) : (v >= 100 ? sprintf("%.0f", v) : sprintf("%.3f", v)) }

function added(metric) { return value[metric, "router"] - value[metric, "direct"] }

function added_since(metric) { return value[metric, "router"] - value[metric "_before", "router"] }

function verdict(ok) { return ok ? "met" : "**missed**" }

function target_note(metric,    parts) {
  if (!has(metric, "router")) return ""
  if (metric == "fixed_p50" && has(metric, "direct")) return sprintf("added ≤ 0.3 ms: %s", verdict(added(metric) <= 0.3))
  if (metric == "fixed_p99" && has(metric, "direct")) return sprintf("added ≤ 2 ms: %s", verdict(added(metric) <= 2))
  if (metric == "open_held") return sprintf("%d at once: %s", OPEN_TARGET, verdict(value[metric, "router"] >= OPEN_TARGET))
  if (metric == "open_failed") return sprintf("0: %s", verdict(value[metric, "router"] == 0))
  if (metric == "open_rss_mb") {
    parts = sprintf("≤ %d MB: %s", OPEN_RSS_TARGET_MB, verdict(value[metric, "router"] <= OPEN_RSS_TARGET_MB))
    # Against YARP only when it held as many streams as the router (on h2c it multiplexes its upstream streams as the router does).
    if (has(metric, "yarp-h2c") && value["open_held", "yarp-h2c"] == value["open_held", "router"])
      parts = parts sprintf("; %.2f× YARP h2c's at the same streams", value[metric, "router"] / value[metric, "yarp-h2c"])
    return parts
  }
  if (metric == "image_rss_mb" && has(metric "_before", "router")) return sprintf("grows ≤ 512 MB: %s", verdict(added_since(metric) <= 512))
  if (metric == "select_us") return sprintf("≤ 10 µs: %s", verdict(value[metric, "router"] <= 10))
  if (metric == "select_bytes" || metric == "select_hint_bytes") return sprintf("0 B: %s", verdict(value[metric, "router"] == 0))
  if (metric == "handler_bytes") return sprintf("< 2 KB: %s", verdict(value[metric, "router"] < 2048))
  if (metric == "select_hint_us") return sprintf("≤ 2 µs: %s", verdict(value[metric, "router"] <= 2))
  if (metric == "errors") return sprintf("0: %s", verdict(value[metric, "router"] == 0))
  if (metric == "closed1_p50" && has(metric, "direct") && has(metric, "yarp")) {
    parts = added_note(metric, "yarp", "YARP's")
    if (has(metric, "yarp-h2c")) parts = parts "; " added_note(metric, "yarp-h2c", "YARP h2c's")
    return parts
  }
  if (metric == "closed32_rps") {
    parts = ""
    if (has(metric, "yarp")) parts = ratio_note(metric, "yarp", 1, "× YARP")
    if (has(metric, "yarp-h2c")) parts = parts (parts == "" ? "" : "; ") ratio_note(metric, "yarp-h2c", 1, "× YARP h2c")
    if (has(metric, "portkey")) parts = parts (parts == "" ? "" : "; ") ratio_note(metric, "portkey", 15, "× Portkey")
    if (has(metric, "nginx")) parts = parts (parts == "" ? "" : "; ") ratio_note(metric, "nginx", 0.5, "× nginx")
    return parts
  }
  return ""
}

# The latency the router adds to the direct path as a ratio to what $other adds: at most 1 (no more than it).
function added_note(metric, other, what,    mine, theirs) {
  mine = added(metric)
  theirs = value[metric, other] - value[metric, "direct"]
  if (theirs <= 0) return sprintf("added %.3f ms ≤ %s added %.3f: %s", mine, what, theirs, verdict(mine <= theirs))
  return sprintf("added ≤ 1× %s (%.2f): %s", what, mine / theirs, verdict(mine <= theirs))
}

function ratio_note(metric, other, minimum, what,    r) {
  r = value[metric, "router"] / value[metric, other]
  return sprintf("≥ %g%s (%.2f): %s", minimum, what, r, verdict(r >= minimum))
}

# A row no target measured (a scenario left out of the run) is not printed.
function row(metric, label, kind,    line, i, any) {
  for (i = 1; i <= n; i++) if (has(metric, column[i])) any = 1
  if (!any) return
  line = "| " label
  for (i = 1; i <= n; i++) line = line " | " cell(metric, kind, column[i])
  print line " | " target_note(metric) " |"
}

END {
  title["direct"] = "(a) direct"; title["router"] = "(b) AspireRouter"; title["router-exact"] = "(b2) AspireRouter, exact quotas (one Redis round trip per request)"; title["portkey"] = "(c) Portkey"; title["nginx"] = "(d) nginx"; title["yarp"] = "(e) YARP"; title["yarp-h2c"] = "(e2) YARP, h2c upstream like the router"
  line = "| scenario: metric"; rule = "|---"
  for (i = 1; i <= n; i++) { line = line " | " title[column[i]]; rule = rule "|---:" }
  print line " | router target |"
  print rule "|---|"
  row("fixed_p50", rate " req/s: latency p50 (ms)", "latency")
  row("fixed_p90", rate " req/s: latency p90 (ms)", "latency")
  row("fixed_p99", rate " req/s: latency p99 (ms)", "latency")
  row("fixed_rps", rate " req/s: achieved req/s", "plain")
  row("closed1_rps", "1 connection: req/s", "ratio")
  row("closed1_p50", "1 connection: latency p50 (ms)", "latency")
  row("closed32_rps", "32 connections: max req/s", "ratio")
  row("closed32_p50", "32 connections: latency p50 (ms)", "latency")
  row("closed32_p99", "32 connections: latency p99 (ms)", "latency")
  row("stream_ttfb_p50", chunks "-chunk streams, " concurrency " at a time: first byte p50 (ms)", "latency")
  row("stream_ttfb_p99", chunks "-chunk streams, " concurrency " at a time: first byte p99 (ms)", "latency")
  row("stream_total_p50", chunks "-chunk streams, " concurrency " at a time: total p50 (ms)", "latency")
  row("stream_total_p99", chunks "-chunk streams, " concurrency " at a time: total p99 (ms)", "latency")
  row("open_asked", "open streams: streams opened (one per connection)", "plain")
  row("open_held", "open streams: held open at once (peak connections)", "plain")
  row("open_finished", "open streams: finished", "plain")
  row("open_failed", "open streams: failed (error, cut short or not finished)", "plain")
  row("open_rss_mb", "open streams: peak RSS (MB)", "plain")
  row("open_rss_anon_mb", "open streams: of the peak, anonymous memory (MB: heaps and stacks; the rest is mapped code)", "plain")
  row("open_cpu", "open streams: CPU (% of one core)", "plain")
  row("open_p50", "open streams: stream time p50 (ms)", "latency")
  row("open_p99", "open streams: stream time p99 (ms)", "latency")
  row("final_rss_mb", "after every scenario: RSS (MB)", "plain")
  row("image_rss_mb", images " image requests of n=10 at " image_size ": RSS after (MB, change)", "growth")
  row("image_private_mb", images " image requests of n=10 at " image_size ": private bytes after (MB, change)", "growth")
  row("image_gc_heap_mb", images " image requests of n=10 at " image_size ": GC heap after (MB, change)", "growth")
  row("select_us", "micro: selection over 3,000 models, mean (µs)", "plain")
  row("select_bytes", "micro: selection over 3,000 models, allocated (B)", "plain")
  row("select_hint_us", "micro: selection over 3,000 models with client hints, slowest kind, mean (µs)", "plain")
  row("select_hint_bytes", "micro: selection over 3,000 models with client hints, most allocated (B)", "plain")
  row("handler_bytes", "micro: non-streamed chat completion through the whole handler, allocated beyond the request context (B)", "plain")
  row("errors", "failed requests, all scenarios", "plain")
  open_verdict()
}

function open_verdict(    held, rss, failed) {
  if (!has("open_held", "router")) return
  held = value["open_held", "router"]; rss = value["open_rss_mb", "router"]; failed = value["open_failed", "router"]
  printf "\n%s slow streams through AspireRouter at once, peak RSS ≤ %d MB, no failed stream: %s (held %d of %d opened, peak RSS %d MB, %d failed)\n",
    "10,000", OPEN_RSS_TARGET_MB, verdict(held >= OPEN_TARGET && rss <= OPEN_RSS_TARGET_MB && failed == 0),
    held, value["open_asked", "router"], rss, failed
}
