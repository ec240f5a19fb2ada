// Runs an agent of the OpenAI Agents SDK for JS against the router's Responses API: the model calls a function tool,
// the SDK runs it and sends its result back, and the agent finishes with an answer.
// Prints one JSON line with what the run did; exits non-zero if it threw.
import OpenAI from "openai";
import { Agent, run, tool, setDefaultOpenAIClient, setOpenAIAPI, setTracingDisabled } from "@openai/agents";
import { z } from "zod";

setDefaultOpenAIClient(new OpenAI({ baseURL: process.env.ROUTER_BASE_URL, apiKey: process.env.ROUTER_API_KEY, maxRetries: 0 }));
setOpenAIAPI("responses");
setTracingDisabled(true);

const calls = [];
const getWeather = tool({
  name: "get_weather",
  description: "The weather in a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => {
    calls.push(city);
    return `18C and sunny in ${city}`;
  },
});

const agent = new Agent({ name: "Weather", instructions: "Answer with the weather.", model: "free", tools: [getWeather] });
const result = await run(agent, "What is the weather in Paris?", { maxTurns: 4 });

console.log(JSON.stringify({
  toolCalls: calls.length,
  finalOutput: result.finalOutput,
  items: result.newItems.map((item) => item.type),
}));
