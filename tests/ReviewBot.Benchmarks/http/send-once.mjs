// Sends one signed /review help and prints the answer's JSON (run.sh checks both apps answer it, and
// captures ReviewBot's answer for the Bolt app). Usage: node send-once.mjs URL
import { sign, commandBody } from './slack-signing.mjs';

const url = process.argv[2];
const body = commandBody(`check-${process.pid}-${Date.now()}`);
const response = await fetch(url, { method: 'POST', headers: sign(body), body });
const text = await response.text();
if (response.status !== 200) {
  console.error(`${url} answered ${response.status}: ${text}`);
  process.exit(1);
}
process.stdout.write(text);
