# Helpers shared by bench/run.sh: logging, loopback ports, waiting for services, reading /proc.

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() {
  log "error: $*"
  exit 1
}

# A loopback port nothing listens on, below the ephemeral range (32768 and up) that outgoing connections take.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && ! grep -qw "$port" "$BENCH_WORK/ports" 2>/dev/null; then
      echo "$port" >>"$BENCH_WORK/ports"
      echo "$port"
      return
    fi
  done
}

# Waits up to 60 seconds until URL $1 answers 200; $2 names the service (and its log), $3 is its process.
wait_http() {
  local url=$1 name=$2 pid=$3 deadline=$((SECONDS + 60))
  until curl -fs -o /dev/null --max-time 2 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS >= deadline)); then
      die "$name did not answer $url; the end of its log:"$'\n'"$(tail -15 "$BENCH_WORK/$name.log")"
    fi
    sleep 0.2
  done
}

# The process and its children (nginx's workers), one id a line.
process_tree() {
  echo "$1"
  pgrep -P "$1" || true
}

# Resident memory of a process tree in kB, and the anonymous part of it (heaps, stacks): the rest is mapped files and shared
# memory (assemblies, native libraries, the JIT's code), which a process pays once whatever its load.
tree_rss_anon_kb() {
  local pid total=0 anon=0 rss part
  for pid in $(process_tree "$1"); do
    read -r rss part < <(awk '/^VmRSS:/ { r = $2 } /^RssAnon:/ { a = $2 } END { print r + 0, a + 0 }' "/proc/$pid/status" 2>/dev/null || echo 0 0)
    total=$((total + ${rss:-0})) anon=$((anon + ${part:-0}))
  done
  echo "$total $anon"
}

# CPU time (user + system) of a process tree in clock ticks.
tree_cpu_ticks() {
  local pid total=0 ticks
  for pid in $(process_tree "$1"); do
    ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true)
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}

# Percentile $2 (0-100) of the numbers in file $1 (nearest rank).
percentile() {
  sort -g "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}
