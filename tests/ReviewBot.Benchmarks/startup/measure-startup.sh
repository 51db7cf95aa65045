#!/usr/bin/env bash
# Host start to a healthy /healthz, and idle working set, from the published Release build.
#
#   tests/ReviewBot.Benchmarks/startup/measure-startup.sh [runs]      (default 5)
#
# Environment: PUBLISH_DIR (default /tmp/rb-pub), SKIP_PUBLISH=1 to reuse it, PORT (default 5187),
# IDLE_SECONDS (default 5). Each run gets a fresh SQLite data folder, so migrations run every time.
# FLOOR=bare or FLOOR=stack measures the floor instead of the host (floor/, published to /tmp/rb-floor-pub): the same
# web server with nothing else, or with only what DESIGN.md fixes for every host (Hangfire over in-memory storage with
# a recurring job, SQLite through Dapper); what the host takes above the floor is ReviewBot's own.
# Every host is started in its own process group, which is killed on exit whatever happens.
#
# Besides the wall-clock time, each run prints figures that move little when other work shares the cores:
# the host's CPU time (user + system) spent by the time /healthz first answered 200, the managed assemblies
# mapped after the idle wait, and where the idle working set lives (/proc/PID/smaps: assembly images,
# native libraries, executable memory, everything else, i.e. heaps and stacks).
# The host is started from its published folder, as an operator would, so its appsettings.json applies.
set -euo pipefail

runs="${1:-5}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
floor="${FLOOR:-}"
case "$floor" in
  "") project="$repo/src/ReviewBot.Host"; assembly=ReviewBot.Host; publish_dir="${PUBLISH_DIR:-/tmp/rb-pub}" ;;
  bare | stack) project="$here/floor"; assembly=ReviewBot.Benchmarks.StartupFloor; publish_dir="${PUBLISH_DIR:-/tmp/rb-floor-pub}" ;;
  *) echo "FLOOR is bare or stack." >&2; exit 2 ;;
esac
port="${PORT:-5187}"
idle="${IDLE_SECONDS:-5}"
url="http://127.0.0.1:${port}"
host_pgid=""
data=""

cleanup() {
  if [[ -n "$host_pgid" ]]; then
    kill -TERM -- "-$host_pgid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$host_pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$host_pgid" 2>/dev/null || true
    host_pgid=""
  fi
  if [[ -n "$data" ]]; then rm -rf "$data"; data=""; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ "${SKIP_PUBLISH:-}" != "1" ]]; then
  dotnet publish "$project" -c Release -o "$publish_dir" --nologo -v quiet >&2
fi

if curl -s -o /dev/null "$url/healthz"; then
  echo "Port $port is already answering; set PORT to a free one." >&2
  exit 1
fi

now_ms() { date +%s%3N; }
ticks_per_second="$(getconf CLK_TCK)"
cpu_ms() { awk -v hz="$ticks_per_second" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }
# kB of resident memory per kind of mapping, from smaps.
rss_breakdown() {
  awk '/^[0-9a-f]+-[0-9a-f]+ / { name = $6 }
       /^Rss:/ { if (name ~ /\.dll$/) dll += $2; else if (name ~ /\.so/) so += $2; else if (name ~ /doublemapper/) jit += $2; else other += $2 }
       END { printf "assemblies %.1f, native %.1f, executable %.1f, other %.1f MB", dll / 1024, so / 1024, jit / 1024, other / 1024 }' "/proc/$1/smaps"
}
assemblies() { awk '$6 ~ /\.dll$/ { print $6 }' "/proc/$1/maps" | sort -u | wc -l; }
# Self-contained publishes run their own runtime through the app host; framework-dependent ones go through dotnet.
if grep -q '"includedFrameworks"' "$publish_dir/$assembly.runtimeconfig.json"; then
  host_command=("$publish_dir/$assembly")
else
  host_command=(dotnet "$publish_dir/$assembly.dll")
fi
if [[ -n "$floor" ]]; then host_command+=("$floor"); fi
cd "$publish_dir"
cpus=()
starts=()
rss=()
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
for run in $(seq "$runs"); do
  data="$(mktemp -d /tmp/rb-startup.XXXXXX)"
  start="$(now_ms)"
  # setsid: the host leads its own process group, so cleanup can end all of it.
  Storage__Provider=Sqlite Storage__DataFolder="$data" ConnectionStrings__ReviewBot="" \
  ASPNETCORE_URLS="$url" \
    setsid "${host_command[@]}" >"$data/host.log" 2>&1 &
  host_pid=$!
  host_pgid=$host_pid
  healthy=""
  for _ in $(seq 600); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz" || true)" == "200" ]]; then healthy="$(now_ms)"; cpu="$(cpu_ms "$host_pid")"; break; fi
    kill -0 "$host_pid" 2>/dev/null || break
    sleep 0.01
  done
  if [[ -z "$healthy" ]]; then
    echo "run $run: the host never answered 200 on /healthz; its log:" >&2
    cat "$data/host.log" >&2
    exit 1
  fi
  sleep "$idle"
  mb="$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$host_pid/status")"
  ms=$((healthy - start))
  starts+=("$ms")
  rss+=("$mb")
  cpus+=("$cpu")
  printf 'run %d: start-to-healthy %d ms (CPU %d ms), idle RSS %s MB (%s), %d assemblies\n' \
    "$run" "$ms" "$cpu" "$mb" "$(rss_breakdown "$host_pid")" "$(assemblies "$host_pid")"
  cleanup
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'median: start-to-healthy %s ms (CPU %s ms), idle RSS %s MB (%d runs)\n' \
  "$(median "${starts[@]}")" "$(median "${cpus[@]}")" "$(median "${rss[@]}")" "$runs"
