# The BenchmarkDotNet micro-benchmarks (bench/Benchmarks): run, then the selection results over 3,000 models and the
# whole chat handler's allocation recorded.

micro_benchmarks() {
  local artifacts=$BENCH_WORK/micro csv line
  log "micro-benchmarks (BenchmarkDotNet${MICRO_ARGS:+, $MICRO_ARGS})"
  # shellcheck disable=SC2086 # MICRO_ARGS holds several options
  dotnet bench/Benchmarks/bin/Release/net10.0/Benchmarks.dll --filter '*' --artifacts "$artifacts" $MICRO_ARGS \
    >"$BENCH_WORK/micro.log" 2>&1 || die "micro-benchmarks failed (log: $BENCH_WORK/micro.log)"
  csv=$artifacts/results/AspireRouter.Benchmarks.SelectionBenchmarks-report.csv
  # Columns by header name; cells may be quoted with thousands separators ("1,234.5") and "-" means nothing allocated.
  line=$(selection_row "$csv" Select)
  record select_us router "${line% *}"
  record select_bytes router "${line#* }"
  line=$(slowest_row "$artifacts/results/AspireRouter.Benchmarks.HintedSelectionBenchmarks-report.csv")
  record select_hint_us router "${line% *}"
  record select_hint_bytes router "${line#* }"
  handler_bytes "$artifacts/results/AspireRouter.Benchmarks.ChatHandlerBenchmarks-report.csv"
  cat "$artifacts"/results/*-report-github.md >"$BENCH_WORK/micro.md"
}

# The largest mean and the largest allocation over every method of BenchmarkDotNet's CSV report $1: "mean allocated".
slowest_row() {
  awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i ~ /^Mean/) m = i; if ($i ~ /^Allocated/) a = i } next }
    { gsub(/[",]/, "", $m); gsub(/[",]/, "", $a); if ($m + 0 > mean) mean = $m + 0; if ($a != "-" && $a + 0 > bytes) bytes = $a + 0; rows++ }
    END { if (rows == 0) exit 1; print mean, bytes + 0 }' "$1" || die "no rows in $1"
}

# The bytes a non-streamed chat completion allocates in the whole handler: the Serve row less the BuildContext row
# (the per-request context and request stream alone) of BenchmarkDotNet's CSV report $1.
handler_bytes() {
  local bytes
  bytes=$(awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i ~ /^Allocated/) a = i; if ($i == "Method") k = i } next }
    { gsub(/[",]/, "", $a); allocated[$k] = ($a == "-" ? 0 : $a) }
    END { if (!("Serve" in allocated) || !("BuildContext" in allocated)) exit 1; print allocated["Serve"] - allocated["BuildContext"] }' "$1") ||
    die "no Serve and BuildContext rows in $1"
  record handler_bytes router "$bytes"
}

# "mean allocated" of method $2 over 3,000 models in BenchmarkDotNet's CSV report $1.
selection_row() {
  local line
  # Columns by header name; cells may be quoted with thousands separators ("1,234.5") and "-" means nothing allocated.
  line=$(awk -F';' -v method="$2" 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i ~ /^Mean/) m = i; if ($i ~ /^Allocated/) a = i; if ($i == "PoolSize") p = i; if ($i == "Method") k = i } next }
    $k == method && $p == 3000 { gsub(/[",]/, "", $m); gsub(/[",]/, "", $a); print $m, ($a == "-" ? 0 : $a) }' "$1")
  [ -n "$line" ] || die "no $2/3000 row in $1"
  echo "$line"
}
