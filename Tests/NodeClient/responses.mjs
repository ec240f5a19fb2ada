// Drives the router's Responses API with the official `openai` npm package, changing only the base URL and key:
// responses.create, responses.stream, and a function tool round trip via function_call_output and via previous_response_id.
// Prints one JSON line with what the client saw; exits non-zero if the client threw.
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: process.env.ROUTER_BASE_URL,
  apiKey: process.env.ROUTER_API_KEY,
  maxRetries: 0,
});

const weather = {
  type: "function",
  name: "get_weather",
  description: "The weather in a city",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
  strict: true,
};

const plain = await client.responses.create({ model: "free", input: "Say hello.", instructions: "Be brief." });

const stream = client.responses.stream({ model: "free", input: "Count to three." });
let deltas = "";
const eventTypes = [];
for await (const event of stream) {
  eventTypes.push(event.type);
  if (event.type === "response.output_text.delta") deltas += event.delta;
}
const streamed = await stream.finalResponse();

// Round trip 1: the whole conversation sent again, with the tool's result as a function_call_output item.
const question = [{ role: "user", content: "What is the weather in Paris?" }];
const called = await client.responses.create({ model: "free", input: question, tools: [weather], store: false });
const call = called.output.find((item) => item.type === "function_call");
const answered = await client.responses.create({
  model: "free",
  input: [...question, call, { type: "function_call_output", call_id: call.call_id, output: "18C and sunny" }],
  tools: [weather],
  store: false,
});

// Round trip 2: only the tool's result, continuing the stored response.
const stored = await client.responses.create({ model: "free", input: question, tools: [weather] });
const storedCall = stored.output.find((item) => item.type === "function_call");
const continued = await client.responses.create({
  model: "free",
  previous_response_id: stored.id,
  input: [{ type: "function_call_output", call_id: storedCall.call_id, output: "18C and sunny" }],
  tools: [weather],
});
const fetched = await client.responses.retrieve(continued.id);
const deleted = await client.responses.delete(continued.id);

console.log(JSON.stringify({
  plain: { model: plain.model, status: plain.status, text: plain.output_text, usage: plain.usage },
  stream: { model: streamed.model, text: streamed.output_text, deltas, events: eventTypes, usage: streamed.usage },
  roundTrip: { call: { name: call.name, arguments: call.arguments }, status: answered.status, text: answered.output_text },
  previous: {
    call: storedCall.name,
    previousResponseId: continued.previous_response_id,
    text: continued.output_text,
    fetchedText: fetched.output_text,
    deleted: deleted ?? null,
  },
}));
