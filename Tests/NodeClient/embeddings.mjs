// Drives the router's embeddings with the official `openai` npm package, changing only the base URL and key.
// Prints one JSON line with what the client saw; exits non-zero if the client threw.
import OpenAI from "openai";

const client = new OpenAI({
  baseURL: process.env.ROUTER_BASE_URL,
  apiKey: process.env.ROUTER_API_KEY,
  maxRetries: 0,
});

const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);

// One text; the package asks for base64 itself and hands back numbers.
const single = await client.embeddings.create({ model: "free:embedding", input: "The quick brown fox" });
const model = single.model;
const vector = single.data[0].embedding;

// A batch for the model that answered, in order.
const texts = ["The quick brown fox", "jumps over", "the lazy dog"];
const batch = await client.embeddings.create({ model, input: texts });

// base64 asked for explicitly comes back as the string, little-endian float32s, to decode here; JSON numbers are the same
// float32s written out, so they agree once rounded to float32.
const encoded = await client.embeddings.create({ model, input: "jumps over", encoding_format: "base64" });
const floats = await client.embeddings.create({ model, input: "jumps over", encoding_format: "float" });
const bytes = Buffer.from(encoded.data[0].embedding, "base64");
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const decoded = Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));

console.log(JSON.stringify({
  single: { model, dimensions: vector.length, numbers: vector.every((value) => typeof value === "number"), tokens: single.usage.prompt_tokens },
  batch: {
    model: batch.model,
    indexes: batch.data.map((item) => item.index),
    dimensions: batch.data.map((item) => item.embedding.length),
    firstIsTheSingle: same(batch.data[0].embedding, vector),
    distinct: !same(batch.data[1].embedding, batch.data[2].embedding),
  },
  base64: { isString: typeof encoded.data[0].embedding === "string", equalsFloat: same(decoded, floats.data[0].embedding.map(Math.fround)), dimensions: decoded.length },
}));
