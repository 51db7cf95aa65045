// A Bolt-JS app answering /review help the way ReviewBot does: signature verified by Bolt's HTTP
// receiver, the help message built as Block Kit for every request and sent in the acknowledgement.
// The help's lines are ReviewBot's own answer to the same command (help-reply.json, captured by run.sh),
// so both apps send a message of the same blocks and size.
// Usage: node bolt-app.mjs PORT SLACK_API_BASE_URL HELP_REPLY_JSON
import fs from 'node:fs';
import bolt from '@slack/bolt';
import { signingSecret } from './slack-signing.mjs';

const [port, slackApiUrl, helpFile] = process.argv.slice(2);
const reviewBotAnswer = JSON.parse(fs.readFileSync(helpFile, 'utf8'));

// The help's content as data (title, lines, command list, footer); the blocks are rendered from it per
// request, as ReviewBot renders its reply from the engine's.
const content = reviewBotAnswer.blocks.map((block) => ({
  type: block.type,
  text: block.text?.text,
  fields: block.fields?.map((field) => field.text),
  elements: block.elements?.map((element) => element.text),
}));

function render() {
  const blocks = content.map((block) => {
    switch (block.type) {
      case 'header': return { type: 'header', text: { type: 'plain_text', text: block.text, emoji: true } };
      case 'context': return { type: 'context', elements: block.elements.map((text) => ({ type: 'mrkdwn', text })) };
      default: return block.fields
        ? { type: 'section', fields: block.fields.map((text) => ({ type: 'mrkdwn', text })) }
        : { type: 'section', text: { type: 'mrkdwn', text: block.text } };
    }
  });
  return { response_type: reviewBotAnswer.response_type, replace_original: false, text: reviewBotAnswer.text, blocks };
}

const app = new bolt.App({
  token: 'bench-bot-token-for-the-local-fake',
  signingSecret,
  clientOptions: { slackApiUrl },
  logLevel: bolt.LogLevel.WARN,
  endpoints: '/slack/commands',
});

app.command('/review', async ({ command, ack }) => {
  if (command.text.trim() === 'help') {
    await ack(render());
  } else {
    await ack({ response_type: 'ephemeral', text: 'Type /review help.' });
  }
});

await app.start({ port: Number(port), host: '127.0.0.1' });
console.log(`Bolt app on ${port}`);
