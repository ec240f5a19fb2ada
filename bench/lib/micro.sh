# The BenchmarkDotNet micro-benchmarks (bench/Benchmarks): run, then the selection result over 3,000 models recorded.

micro_benchmarks() {
  local artifacts=$BENCH_WORK/micro csv line
  log "micro-benchmarks (BenchmarkDotNet${MICRO_ARGS:+, $MICRO_ARGS})"
  # shellcheck disable=SC2086 # MICRO_ARGS holds several options
  dotnet bench/Benchmarks/bin/Release/net10.0/Benchmarks.dll --filter '*' --artifacts "$artifacts" $MICRO_ARGS \
    >"$BENCH_WORK/micro.log" 2>&1 || die "micro-benchmarks failed (log: $BENCH_WORK/micro.log)"
  csv=$(ls "$artifacts"/results/*SelectionBenchmarks-report.csv)
  # Columns by header name; cells may be quoted with thousands separators ("1,234.5") and "-" means nothing allocated.
  line=$(selection_row "$csv" Select)
  record select_us router "${line% *}"
  record select_bytes router "${line#* }"
  line=$(selection_row "$csv" SelectWithHint)
  record select_hint_us router "${line% *}"
  cat "$artifacts"/results/*-report-github.md >"$BENCH_WORK/micro.md"
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
