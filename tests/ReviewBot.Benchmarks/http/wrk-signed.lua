-- Sends the signed requests wrk-bodies.mjs wrote, each once: thread k of n takes lines k, k+n, k+2n…
-- so no two requests share a trigger_id (ReviewBot answers a repeated one as a replay, with nothing).
-- The file is named by the BODIES environment variable, the thread count (wrk -t) by THREADS. If a run sends more requests than there are
-- lines, done() says so: the figure is then not valid.
local count = 0

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
end
