// Fixed-rate latency (autocannon --overallRate): every request signed as it is sent, with a fresh
// timestamp and its own trigger_id. Prints one JSON line: rate reached, p50 and p99 in ms, errors.
// Usage: node autocannon-rate.mjs URL RATE SECONDS CONNECTIONS PREFIX
import autocannon from 'autocannon';
import { sign, commandBody } from './slack-signing.mjs';

const [url, rate, seconds, connections, prefix] = process.argv.slice(2);
let sent = 0;
const result = await autocannon({
  url,
  method: 'POST',
  overallRate: Number(rate),
  duration: Number(seconds),
  connections: Number(connections),
  requests: [{
    setupRequest: (request) => {
      const body = commandBody(`${prefix}.${sent++}`);
      return { ...request, method: 'POST', path: new URL(url).pathname, headers: sign(body), body };
    },
  }],
});
console.log(JSON.stringify({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  sent: result.requests.sent,
}));
