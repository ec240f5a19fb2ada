namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>OpenAI chat requests as the API reference shows them (https://platform.openai.com/docs/api-reference/chat/create).</summary>
internal static class OpenAiExamples
{
    /// <summary>A conversation with a system prompt, a picture, a tool call and its result, tools and sampling settings.</summary>
    public const string ToolConversation = """
        {
          "model": "free",
          "temperature": 0.2,
          "top_p": 0.9,
          "max_tokens": 256,
          "stop": ["END"],
          "seed": 7,
          "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": [
              {"type": "text", "text": "What is in this picture, and the weather in Oslo?"},
              {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
            ]},
            {"role": "assistant", "content": null, "tool_calls": [
              {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Oslo\"}"}}
            ]},
            {"role": "tool", "tool_call_id": "call_1", "content": "{\"temperature\":3}"}
          ],
          "tools": [
            {"type": "function", "function": {"name": "get_weather", "description": "Current weather",
              "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
          ],
          "tool_choice": "required"
        }
        """;

    /// <summary>The JSON schema of <see cref="ToolConversation"/>'s tool, as providers should receive it.</summary>
    public const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""";

    /// <summary>Structured outputs (https://platform.openai.com/docs/guides/structured-outputs), streamed.</summary>
    public const string JsonSchemaStream = """
        {"model":"free","stream":true,"messages":[{"role":"user","content":"A cat, please."}],
         "response_format":{"type":"json_schema","json_schema":{"name":"cat","strict":true,
           "schema":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}}}}
        """;

    public const string CatSchema = """{"type":"object","properties":{"name":{"type":"string"}},"required":["name"]}""";
}
