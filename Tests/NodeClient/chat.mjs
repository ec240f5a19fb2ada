// Drives the router with the official `openai` npm package, changing only the base URL and key.
// Prints one JSON line with what the client saw; exits non-zero if the client threw.
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: process.env.ROUTER_BASE_URL,
  apiKey: process.env.ROUTER_API_KEY,
  maxRetries: 0,
});

const completion = await client.chat.completions.create({
  model: "free",
  messages: [{ role: "user", content: "Say hello." }],
});

const stream = await client.chat.completions.create({
  model: "free",
  messages: [{ role: "user", content: "Count to three." }],
  stream: true,
  stream_options: { include_usage: true },
});

let streamedText = "";
let streamedModel = "";
let chunks = 0;
let usage = null;
for await (const chunk of stream) {
  chunks++;
  streamedModel = chunk.model || streamedModel;
  streamedText += chunk.choices[0]?.delta?.content ?? "";
  usage = chunk.usage ?? usage;
}

console.log(JSON.stringify({
  chat: { model: completion.model, content: completion.choices[0].message.content, finish: completion.choices[0].finish_reason },
  stream: { model: streamedModel, content: streamedText, chunks, usage },
}));
