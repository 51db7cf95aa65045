-- Sends the signed requests wrk-bodies.mjs wrote, each once: thread k of n takes lines k, k+n, k+2n…
-- so no two requests share a trigger_id (ReviewBot answers a repeated one as a replay, with nothing).
-- The file is named by the BODIES environment variable, the thread count (wrk -t) by THREADS. If a run sends more requests than there are
-- lines, done() says so: the figure is then not valid.
--
-- Paced (DELAY_MS set): each connection waits that long between an answer and its next request, so the connections
-- together send close to a rate (a little under it, by the answers' own time), and done() prints one JSON line of
-- latencies. wrk times each request in microseconds, in C, with no collector or event loop of its own between the
-- answer and its clock, unlike autocannon, whose own pauses land in the figures it reports.
local count = 0
local pause = tonumber(os.getenv("DELAY_MS") or "")

if pause then
  function delay()
    return pause
  end
end

function setup(thread)
  thread:set("index", count)
  count = count + 1
end

function init(args)
  local stride = tonumber(os.getenv("THREADS"))
  local first = index
  requests = {}
  local n = 0
  for line in io.lines(os.getenv("BODIES")) do
    if n % stride == first then
      local timestamp, signature, body = line:match("^(%d+)\t(%S+)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", "/slack/commands", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Slack-Request-Timestamp"] = timestamp,
        ["X-Slack-Signature"] = signature,
      }, body)
    end
    n = n + 1
  end
  next_request = 0
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function done(summary, latency, requests)
  local available = 0
  for line in io.lines(os.getenv("BODIES")) do available = available + 1 end
  if summary.requests > available then
    io.write(string.format("REUSED_TRIGGER_IDS %d requests for %d signed bodies\n", summary.requests, available))
  end
  if pause then
    local errors = summary.errors
    io.write(string.format('{"rps":%.1f,"p50":%.2f,"p99":%.2f,"max":%.2f,"non2xx":%d,"errors":%d,"sent":%d}\n',
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout, summary.requests))
  end
end
