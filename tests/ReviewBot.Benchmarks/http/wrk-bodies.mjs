// wrk's Lua has no HMAC, so the signed requests are made here, right before each wrk run (Slack accepts a
// timestamp for 5 minutes): COUNT lines of "timestamp<TAB>signature<TAB>body", each with its own trigger_id,
// which wrk-signed.lua sends in turn. Usage: node wrk-bodies.mjs COUNT FILE PREFIX
import fs from 'node:fs';
import { sign, commandBody } from './slack-signing.mjs';

const [count, file, prefix] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const timestamp = Math.floor(Date.now() / 1000);
const out = fs.createWriteStream(file);
for (let i = 0; i < count; i++) {
  const body = commandBody(`${prefix}.${i}`);
  const line = `${timestamp}\t${sign(body, timestamp)['x-slack-signature']}\t${body}\n`;
  if (!out.write(line)) {
    await new Promise((resolve) => out.once('drain', resolve));
  }
}
out.end();
