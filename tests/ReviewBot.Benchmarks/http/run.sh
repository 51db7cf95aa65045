#!/usr/bin/env bash
# Signed `/review help` on /slack/commands, ReviewBot against a Bolt-JS app answering the same request,
# side by side on loopback: saturation (wrk -t2 -c32 -d10s) and latency at a rate (500 req/s, p50 and p99: autocannon
# at a fixed rate, and wrk paced to it), three runs, then a table. Beside them, for latency only, the floor: the
# same web server answering the same bytes and doing nothing else (floor/), which shows what the machine and the
# load generator add on their own.
#
#   tests/ReviewBot.Benchmarks/http/run.sh            # from anywhere; RUNS=1 SECONDS_PER_RUN=5 for a quick look
#   REVIEWBOT_PUBLISHED=/path/to/publish run.sh       # a host already published (dotnet publish -c Release -o …)
#
# Prerequisites: the .NET 10 SDK, Node.js >= 18 with npm, wrk (`apt-get install -y wrk`; installed here
# when missing and running as root). The script publishes the host (Release), seeds a SQLite database
# with the `import` verb (a workspace, a team, a known manager who sends the command), starts a fake
# Slack Web API for both apps' auth.test, ReviewBot and the Bolt app on loopback, and ends every process
# it started (each in its own process group) when it exits, however it exits.
#
# ReviewBot runs as deployed: its published folder as the working directory (its appsettings.json, so
# its log levels), the scheduler off (it would send prompts of its own), nothing else changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-3}"
seconds="${SECONDS_PER_RUN:-10}"
rate="${RATE:-500}"
rate_connections="${RATE_CONNECTIONS:-16}"
wrk_threads=2
wrk_connections=32
# Enough signed bodies that no trigger_id repeats within one wrk run (wrk-signed.lua warns if one does).
wrk_bodies="${WRK_BODIES:-250000}"
secret="bench-signing-secret-0f3c9a5e2b7d4186"   # the same as slack-signing.mjs
work="$(mktemp -d -t reviewbot-httpbench.XXXXXX)"
results="$here/results"
mkdir -p "$results"
groups=()

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for group in "${groups[@]}"; do
    kill -TERM -- "-$group" 2>/dev/null || true
  done
  for group in "${groups[@]}"; do
    for _ in $(seq 50); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a command in its own process group (setsid), remembered for cleanup, in a folder; output to a log file.
start() {
  local log="$1" folder="$2"
  shift 2
  setsid env -C "$folder" "$@" >"$log" 2>&1 < /dev/null &
  groups+=("$!")
}

# Runs a load generator in the background and waits, so a signal reaches the trap at once.
run_waiting() {
  setsid "$@" &
  local pid=$!
  groups+=("$pid")
  wait "$pid"
}

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

wait_for() {
  local what="$1" url="$2" log="$3"
  for _ in $(seq 150); do
    if curl -sf -o /dev/null "$url"; then return 0; fi
    sleep 0.2
  done
  echo "$what did not answer $url within 30 s; its log:" >&2
  cat "$log" >&2
  exit 1
}

for tool in dotnet node npm curl; do
  command -v "$tool" > /dev/null || { echo "Needs $tool on PATH." >&2; exit 1; }
done
if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk > /dev/null || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }
  else
    echo "Needs wrk: sudo apt-get install -y wrk" >&2
    exit 1
  fi
fi

echo "== installing the Bolt app and autocannon (npm ci)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

if [ -n "${REVIEWBOT_PUBLISHED:-}" ]; then
  # An already published host (e.g. to compare two builds); it is copied, so the run never writes into it.
  echo "== using the host published in $REVIEWBOT_PUBLISHED"
  cp -r "$REVIEWBOT_PUBLISHED" "$work/publish"
else
  echo "== publishing the host (Release)"
  dotnet publish "$repo/src/ReviewBot.Host" -c Release -o "$work/publish" --nologo -v quiet > "$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi

echo "== publishing the floor (Release)"
dotnet publish "$here/floor" -c Release -o "$work/floor" --nologo -v quiet > "$work/floor-publish.log" 2>&1 \
  || { cat "$work/floor-publish.log" >&2; exit 1; }

echo "== seeding the database"
quarter="$(date -u +%Y)-Q$(( ($(date -u +%-m) - 1) / 3 + 1 ))"
sed "s/QUARTER/$quarter/" "$here/team.yaml.template" > "$work/team.yaml"
(cd "$work/publish" && dotnet ReviewBot.Host.dll import "$work/team.yaml" "--Storage:DataFolder=$work/data") > "$work/import.log" \
  || { cat "$work/import.log" >&2; exit 1; }

slack_port="$(free_port)"
reviewbot_port="$(free_port)"
bolt_port="$(free_port)"
floor_port="$(free_port)"
start "$work/fake-slack.log" "$here" node "$here/fake-slack.mjs" "$slack_port"
wait_for "The fake Slack" "http://127.0.0.1:$slack_port/api/auth.test" "$work/fake-slack.log"

echo "== starting ReviewBot on $reviewbot_port"
start "$work/reviewbot.log" "$work/publish" dotnet ReviewBot.Host.dll \
  --urls "http://127.0.0.1:$reviewbot_port" \
  "--Storage:DataFolder=$work/data" \
  --Scheduling:Enabled=false \
  "--Slack:SigningSecret=$secret" \
  --Slack:BotToken=bench-bot-token-for-the-local-fake \
  "--Slack:ApiBaseUrl=http://127.0.0.1:$slack_port/api/"
reviewbot_pid="${groups[-1]}"
wait_for "ReviewBot" "http://127.0.0.1:$reviewbot_port/healthz" "$work/reviewbot.log"
reviewbot="http://127.0.0.1:$reviewbot_port/slack/commands"
node "$here/send-once.mjs" "$reviewbot" > "$work/help-reply.json"
grep -q '"blocks"' "$work/help-reply.json" || { echo "ReviewBot did not answer /review help with blocks:" >&2; cat "$work/help-reply.json" >&2; exit 1; }

echo "== starting the Bolt app on $bolt_port"
start "$work/bolt.log" "$here" node "$here/bolt-app.mjs" "$bolt_port" "http://127.0.0.1:$slack_port/api/" "$work/help-reply.json"
bolt_pid="${groups[-1]}"
for _ in $(seq 150); do grep -q "Bolt app on" "$work/bolt.log" && break; sleep 0.2; done
bolt="http://127.0.0.1:$bolt_port/slack/commands"
node "$here/send-once.mjs" "$bolt" > "$work/bolt-reply.json"
cmp -s "$work/help-reply.json" "$work/bolt-reply.json" \
  || { echo "The Bolt app's answer differs from ReviewBot's:" >&2; diff <(cat "$work/help-reply.json") <(cat "$work/bolt-reply.json") >&2 || true; exit 1; }

echo "== starting the floor on $floor_port"
start "$work/floor.log" "$work/floor" dotnet ReviewBot.Benchmarks.HttpFloor.dll --urls "http://127.0.0.1:$floor_port" "$work/help-reply.json"
floor_pid="${groups[-1]}"
wait_for "The floor" "http://127.0.0.1:$floor_port/healthz" "$work/floor.log"
floor="http://127.0.0.1:$floor_port/slack/commands"
node "$here/send-once.mjs" "$floor" > "$work/floor-reply.json"
cmp -s "$work/help-reply.json" "$work/floor-reply.json" || { echo "The floor's answer differs from ReviewBot's." >&2; exit 1; }
echo "   all three answer the same $(wc -c < "$work/help-reply.json")-byte Block Kit message"

# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Saturation: requests/s into $work/rps, the server's CPU milliseconds per 1,000 requests into $work/cpu
# (a figure that moves less than requests/s when other work shares the cores), and any non-2xx or reused
# trigger id on stderr. Not called in $(…), so that the load generator's process group is the main shell's to end.
saturate() {
  local url="$1" tag="$2" server="$3"
  node "$here/wrk-bodies.mjs" "$wrk_bodies" "$work/bodies.txt" "$tag.$RANDOM$RANDOM"
  local before
  before="$(cpu_ticks "$server")"
  BODIES="$work/bodies.txt" THREADS="$wrk_threads" run_waiting wrk "-t$wrk_threads" "-c$wrk_connections" "-d${seconds}s" \
    -s "$here/wrk-signed.lua" "$url" > "$work/wrk.out"
  if grep -q "REUSED_TRIGGER_IDS\|Non-2xx\|Socket errors" "$work/wrk.out"; then
    echo "   wrk against $tag: $(grep "REUSED_TRIGGER_IDS\|Non-2xx\|Socket errors" "$work/wrk.out" | tr '\n' ' ')" >&2
  fi
  awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/wrk.out" > "$work/rps"
  awk -v ticks="$(( $(cpu_ticks "$server") - before ))" -v hz="$(getconf CLK_TCK)" \
    '/requests in/ { printf "%.0f", ticks * 1000 / hz * 1000 / $1 }' "$work/wrk.out" > "$work/cpu"
}

# Fixed-rate latency: autocannon's JSON line into $work/latency.json.
at_rate() {
  local url="$1" tag="$2"
  run_waiting node "$here/autocannon-rate.mjs" "$url" "$rate" "$seconds" "$rate_connections" "$tag.$RANDOM$RANDOM" > "$work/latency.json"
}

# Paced latency: wrk's JSON line (wrk-signed.lua with DELAY_MS) into $work/latency.json; each of the connections
# waits connections/rate seconds between an answer and its next request.
paced() {
  local url="$1" tag="$2"
  node "$here/wrk-bodies.mjs" "$(( rate * seconds * 2 ))" "$work/paced-bodies.txt" "$tag.$RANDOM$RANDOM"
  BODIES="$work/paced-bodies.txt" THREADS="$wrk_threads" DELAY_MS="$(( rate_connections * 1000 / rate ))" \
    run_waiting wrk "-t$wrk_threads" "-c$rate_connections" "-d${seconds}s" -s "$here/wrk-signed.lua" "$url" > "$work/paced.out"
  grep '^{' "$work/paced.out" > "$work/latency.json"
}

echo "== warming up all three (${seconds} s each, not counted)"
saturate "$reviewbot" warm-reviewbot "$reviewbot_pid"
saturate "$bolt" warm-bolt "$bolt_pid"
saturate "$floor" warm-floor "$floor_pid"

table="$results/slash-command-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr); .NET $(dotnet --version), Node $(node --version)"
  echo "Command: tests/ReviewBot.Benchmarks/http/run.sh (wrk -t$wrk_threads -c$wrk_connections -d${seconds}s; autocannon --overallRate $rate -c $rate_connections -d $seconds; wrk -t$wrk_threads -c$rate_connections -d${seconds}s paced to $rate/s)"
  echo
  echo "| run | load avg (1 min) before | ReviewBot req/s | Bolt req/s | ratio | ReviewBot / Bolt CPU ms per 1k req | p50 / p99 ms at $rate/s, autocannon: ReviewBot | Bolt | floor | p50 / p99 ms paced by wrk: ReviewBot | Bolt | floor |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$table"

# One JSON field of a latency line; a run with errors or non-2xx answers says so on stderr.
field() { node -e "const r=JSON.parse(process.argv[1]); if (r.non2xx || r.errors) console.error('   ' + process.argv[3] + ': ' + r.non2xx + ' non-2xx, ' + r.errors + ' errors'); console.log(r[process.argv[2]])" "$1" "$2" "$3"; }
# "p50 / p99 (rate reached)" of a latency line.
percentiles() { echo "$(field "$1" p50 "$2") / $(field "$1" p99 "$2") ($(field "$1" rps "$2" | xargs printf '%.0f')/s)"; }

for run in $(seq "$runs"); do
  echo "== run $run of $runs ($(uptime | sed 's/.*load average: //'))"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  saturate "$reviewbot" "reviewbot-$run" "$reviewbot_pid"; reviewbot_rps="$(cat "$work/rps")"; reviewbot_cpu="$(cat "$work/cpu")"
  saturate "$bolt" "bolt-$run" "$bolt_pid"; bolt_rps="$(cat "$work/rps")"; bolt_cpu="$(cat "$work/cpu")"
  latencies=()
  for tool in at_rate paced; do
    for target in reviewbot bolt floor; do
      "$tool" "${!target}" "$target-$tool-$run"
      latencies+=("$(percentiles "$(cat "$work/latency.json")" "$target ($tool)")")
    done
  done
  echo "| $run | $load | $reviewbot_rps | $bolt_rps | $(awk "BEGIN { printf \"%.2f\", $reviewbot_rps / $bolt_rps }")× | $reviewbot_cpu / $bolt_cpu | ${latencies[0]} | ${latencies[1]} | ${latencies[2]} | ${latencies[3]} | ${latencies[4]} | ${latencies[5]} |" >> "$table"
  echo "   $(tail -1 "$table")"
done
echo "   load average after: $(uptime | sed 's/.*load average: //')" | tee -a "$table"

echo
cat "$table"
echo
echo "(also in $table)"
