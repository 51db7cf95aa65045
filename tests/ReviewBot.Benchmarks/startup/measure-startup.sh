#!/usr/bin/env bash
# Host start to a healthy /healthz, and idle working set, from the published Release build.
#
#   tests/ReviewBot.Benchmarks/startup/measure-startup.sh [runs]      (default 5)
#
# Environment: PUBLISH_DIR (default /tmp/rb-pub), SKIP_PUBLISH=1 to reuse it, PORT (default 5187),
# IDLE_SECONDS (default 5). Each run gets a fresh SQLite data folder, so migrations run every time.
# Every host is started in its own process group, which is killed on exit whatever happens.
set -euo pipefail

runs="${1:-5}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
publish_dir="${PUBLISH_DIR:-/tmp/rb-pub}"
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
  dotnet publish "$repo/src/ReviewBot.Host" -c Release -o "$publish_dir" --nologo -v quiet >&2
fi

if curl -s -o /dev/null "$url/healthz"; then
  echo "Port $port is already answering; set PORT to a free one." >&2
  exit 1
fi

now_ms() { date +%s%3N; }
starts=()
rss=()
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
for run in $(seq "$runs"); do
  data="$(mktemp -d /tmp/rb-startup.XXXXXX)"
  start="$(now_ms)"
  # setsid: the host leads its own process group, so cleanup can end all of it.
  Storage__Provider=Sqlite Storage__DataFolder="$data" ConnectionStrings__ReviewBot="" \
  ASPNETCORE_URLS="$url" \
    setsid dotnet "$publish_dir/ReviewBot.Host.dll" >"$data/host.log" 2>&1 &
  host_pid=$!
  host_pgid=$host_pid
  healthy=""
  for _ in $(seq 600); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/healthz" || true)" == "200" ]]; then healthy="$(now_ms)"; break; fi
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
  printf 'run %d: start-to-healthy %d ms, idle RSS %s MB\n' "$run" "$ms" "$mb"
  cleanup
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'median: start-to-healthy %s ms, idle RSS %s MB (%d runs)\n' "$(median "${starts[@]}")" "$(median "${rss[@]}")" "$runs"
