// The few Slack Web API methods both apps call while the benchmark runs, on loopback:
// auth.test (both check their bot token at start), users.info (ReviewBot fills a member's profile
// from it when the OKR file left it empty). Anything else answers ok:false, which neither app needs here.
// Usage: node fake-slack.mjs PORT
import http from 'node:http';

const port = Number(process.argv[2] ?? 0);
const answers = {
  'auth.test': () => ({ ok: true, url: 'https://bench.slack.com/', team: 'Bench', user: 'reviewbot', team_id: 'T0BENCH', user_id: 'U0BOT', bot_id: 'B0BOT' }),
  'users.info': () => ({ ok: true, user: { id: 'U0BENCHMGR', tz: 'Europe/Berlin', locale: 'en-US', profile: {} } }),
};

http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const method = new URL(request.url, 'http://localhost').pathname.replace(/^\/api\//, '');
    const answer = answers[method]?.() ?? { ok: false, error: 'unknown_method' };
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer));
  });
}).listen(port, '127.0.0.1', function () {
  console.log(`fake Slack on ${this.address().port}`);
});
