// Slack's request signing (v0): X-Slack-Signature = "v0=" + HMAC-SHA256(secret, "v0:" + timestamp + ":" + body).
import crypto from 'node:crypto';

export const signingSecret = 'bench-signing-secret-0f3c9a5e2b7d4186';
export const teamId = 'T0BENCH';
export const userId = 'U0BENCHMGR';

export function sign(body, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = 'v0=' + crypto.createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

// A /review help as Slack sends it; each invocation has its own trigger_id (ReviewBot drops a repeated one as a replay).
export function commandBody(triggerId, text = 'help') {
  return new URLSearchParams({
    token: 'legacy',
    team_id: teamId,
    team_domain: 'bench',
    channel_id: 'C0BENCH',
    channel_name: 'bench',
    user_id: userId,
    user_name: 'bench.manager',
    command: '/review',
    text,
    api_app_id: 'A0BENCH',
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.com/commands/T0BENCH/1/bench',
    trigger_id: triggerId,
  }).toString();
}
