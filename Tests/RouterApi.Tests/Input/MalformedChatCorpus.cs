using System.Text;

namespace AspireRouter.RouterApi.Tests.Input;

/// <summary>
/// Chat bodies OpenAI's API refuses, as raw bytes, each named and with the <c>param</c> the 400 should name (null where the body
/// as a whole is at fault): invalid UTF-8 in every kind of string, wrong types and out-of-range values for each parameter, deep
/// nesting, truncated JSON. <c>@@</c> in a template stands for bytes that are not UTF-8.
/// </summary>
internal static class MalformedChatCorpus
{
    private const string User = """{"role":"user","content":"hi"}""";
    private const string Tool = """{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}""";

    private static readonly byte[] NotUtf8 = [0xC3, 0x28, 0xFF];

    public static IReadOnlyDictionary<string, (byte[] Body, string? Param)> Cases { get; } = Build();

    public static TheoryData<string> Names() => [.. Cases.Keys];

    private static Dictionary<string, (byte[] Body, string? Param)> Build()
    {
        var cases = new Dictionary<string, (byte[], string?)>(StringComparer.Ordinal);
        void Add(string name, string template, string? param) =>
            cases.Add(name, (Bytes(template.Replace("%USER%", User, StringComparison.Ordinal).Replace("%TOOL%", Tool, StringComparison.Ordinal).Replace("%A65%", new string('a', 65), StringComparison.Ordinal)), param));

        Add("utf8 in model", """{"model":"fr@@ee","messages":[%USER%]}""", "model");
        Add("utf8 in role", """{"model":"free","messages":[{"role":"us@@er","content":"hi"}]}""", "messages[0].role");
        Add("utf8 in content", """{"model":"free","messages":[{"role":"user","content":"h@@i"}]}""", "messages[0].content");
        Add("utf8 in text part", """{"model":"free","messages":[{"role":"user","content":[{"type":"text","text":"@@"}]}]}""", "messages[0].content[0].text");
        Add("utf8 in part type", """{"model":"free","messages":[{"role":"user","content":[{"type":"te@@xt","text":"hi"}]}]}""", "messages[0].content[0].type");
        Add("utf8 in message name", """{"model":"free","messages":[{"role":"user","name":"@@","content":"hi"}]}""", "messages[0].name");
        Add("utf8 in tool_call_id", """{"model":"free","messages":[{"role":"tool","tool_call_id":"c@@","content":"x"}]}""", "messages[0].tool_call_id");
        Add("utf8 in a message property name", """{"model":"free","messages":[{"role":"user","co@@ntent":"hi"}]}""", "messages[0]");
        Add("utf8 in a top-level property name", """{"model":"free","@@":1,"messages":[%USER%]}""", null);
        Add("utf8 in tool name", """{"model":"free","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"get@@"}}]}""", "tools[0].function.name");
        Add("utf8 in tool description", """{"model":"free","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","description":"@@"}}]}""", "tools[0].function.description");
        Add("utf8 in tool_choice name", """{"model":"free","messages":[%USER%],"tools":[%TOOL%],"tool_choice":{"type":"function","function":{"name":"get@@"}}}""", "tool_choice.function.name");
        Add("utf8 in json_schema name", """{"model":"free","messages":[%USER%],"response_format":{"type":"json_schema","json_schema":{"name":"@@"}}}""", "response_format.json_schema.name");
        Add("utf8 in stop", """{"model":"free","messages":[%USER%],"stop":["@@"]}""", "stop[0]");
        Add("utf8 in user", """{"model":"free","messages":[%USER%],"user":"@@"}""", "user");
        Add("utf8 in models", """{"model":"free","models":["a","@@"],"messages":[%USER%]}""", "models[1]");
        Add("utf8 in metadata value", """{"model":"free","messages":[%USER%],"metadata":{"k":"@@"}}""", "metadata.k");
        Add("utf8 in router hint", """{"model":"free","messages":[%USER%],"router":{"sort":"@@"}}""", "router.sort");
        Add("escaped lone surrogate in model", """{"model":"\ud800","messages":[%USER%]}""", "model");
        Add("escaped lone surrogate in content", """{"model":"free","messages":[{"role":"user","content":"a\udc00b"}]}""", "messages[0].content");
        Add("overlong utf8 in content", "{\"model\":\"free\",\"messages\":[{\"role\":\"user\",\"content\":\"\u00C0\u00AF\"}]}", "messages[0].content");

        Add("temperature as string", """{"model":"free","messages":[%USER%],"temperature":"0.5"}""", "temperature");
        Add("temperature 99", """{"model":"free","messages":[%USER%],"temperature":99}""", "temperature");
        Add("temperature below 0", """{"model":"free","messages":[%USER%],"temperature":-0.1}""", "temperature");
        Add("top_p 1.5", """{"model":"free","messages":[%USER%],"top_p":1.5}""", "top_p");
        Add("top_p boolean", """{"model":"free","messages":[%USER%],"top_p":true}""", "top_p");
        Add("n 0", """{"model":"free","messages":[%USER%],"n":0}""", "n");
        Add("n 1000000", """{"model":"free","messages":[%USER%],"n":1000000}""", "n");
        Add("n fractional", """{"model":"free","messages":[%USER%],"n":1.5}""", "n");
        Add("five stop sequences", """{"model":"free","messages":[%USER%],"stop":["a","b","c","d","e"]}""", "stop");
        Add("stop number", """{"model":"free","messages":[%USER%],"stop":42}""", "stop");
        Add("stop array of numbers", """{"model":"free","messages":[%USER%],"stop":[1]}""", "stop[0]");
        Add("frequency_penalty 3", """{"model":"free","messages":[%USER%],"frequency_penalty":3}""", "frequency_penalty");
        Add("presence_penalty -3", """{"model":"free","messages":[%USER%],"presence_penalty":-3}""", "presence_penalty");
        Add("presence_penalty string", """{"model":"free","messages":[%USER%],"presence_penalty":"high"}""", "presence_penalty");
        Add("logit_bias 101", """{"model":"free","messages":[%USER%],"logit_bias":{"50256":101}}""", "logit_bias.50256");
        Add("logit_bias string value", """{"model":"free","messages":[%USER%],"logit_bias":{"50256":"ban"}}""", "logit_bias.50256");
        Add("logit_bias array", """{"model":"free","messages":[%USER%],"logit_bias":[1]}""", "logit_bias");
        Add("logprobs string", """{"model":"free","messages":[%USER%],"logprobs":"yes"}""", "logprobs");
        Add("top_logprobs 21", """{"model":"free","messages":[%USER%],"logprobs":true,"top_logprobs":21}""", "top_logprobs");
        Add("seed fractional", """{"model":"free","messages":[%USER%],"seed":1.5}""", "seed");
        Add("seed string", """{"model":"free","messages":[%USER%],"seed":"42"}""", "seed");
        Add("max_tokens 0", """{"model":"free","messages":[%USER%],"max_tokens":0}""", "max_tokens");
        Add("max_tokens string", """{"model":"free","messages":[%USER%],"max_tokens":"10"}""", "max_tokens");
        Add("max_completion_tokens -1", """{"model":"free","messages":[%USER%],"max_completion_tokens":-1}""", "max_completion_tokens");
        Add("stream string", """{"model":"free","messages":[%USER%],"stream":"true"}""", "stream");
        Add("stream_options without stream", """{"model":"free","messages":[%USER%],"stream_options":{"include_usage":true}}""", "stream_options");
        Add("stream_options with stream false", """{"model":"free","stream":false,"messages":[%USER%],"stream_options":{"include_usage":true}}""", "stream_options");
        Add("stream_options string", """{"model":"free","stream":true,"messages":[%USER%],"stream_options":"usage"}""", "stream_options");
        Add("parallel_tool_calls string", """{"model":"free","messages":[%USER%],"parallel_tool_calls":"no"}""", "parallel_tool_calls");
        Add("user number", """{"model":"free","messages":[%USER%],"user":42}""", "user");
        Add("model number", """{"model":42,"messages":[%USER%]}""", "model");

        Add("tool name with a space", """{"model":"free","messages":[%USER%],"tools":[{"type":"function","function":{"name":"get weather"}}]}""", "tools[0].function.name");
        Add("tool name 65 characters", """{"model":"free","messages":[%USER%],"tools":[{"type":"function","function":{"name":"%A65%"}}]}""", "tools[0].function.name");
        Add("tool without function", """{"model":"free","messages":[%USER%],"tools":[{"type":"function"}]}""", "tools[0].function");
        Add("tool without name", """{"model":"free","messages":[%USER%],"tools":[{"type":"function","function":{"description":"x"}}]}""", "tools[0].function.name");
        Add("tool of unknown type", """{"model":"free","messages":[%USER%],"tools":[{"type":"retrieval","function":{"name":"f"}}]}""", "tools[0].type");
        Add("tool_choice naming an undeclared tool", """{"model":"free","messages":[%USER%],"tools":[%TOOL%],"tool_choice":{"type":"function","function":{"name":"send_email"}}}""", "tool_choice");
        Add("tool_choice naming a tool without tools", """{"model":"free","messages":[%USER%],"tool_choice":{"type":"function","function":{"name":"get_weather"}}}""", "tool_choice");
        Add("tool_choice unknown mode", """{"model":"free","messages":[%USER%],"tools":[%TOOL%],"tool_choice":"always"}""", "tool_choice");
        Add("tool_choice number", """{"model":"free","messages":[%USER%],"tools":[%TOOL%],"tool_choice":5}""", "tool_choice");
        Add("response_format xml", """{"model":"free","messages":[%USER%],"response_format":{"type":"xml"}}""", "response_format.type");
        Add("response_format without type", """{"model":"free","messages":[%USER%],"response_format":{}}""", "response_format.type");
        Add("json_schema without json_schema", """{"model":"free","messages":[%USER%],"response_format":{"type":"json_schema"}}""", "response_format.json_schema");
        Add("json_schema name invalid", """{"model":"free","messages":[%USER%],"response_format":{"type":"json_schema","json_schema":{"name":"my schema"}}}""", "response_format.json_schema.name");

        Add("message without role", """{"model":"free","messages":[{"content":"hi"}]}""", "messages[0].role");
        Add("message with unknown role", """{"model":"free","messages":[{"role":"wizard","content":"hi"}]}""", "messages[0].role");
        Add("role number", """{"model":"free","messages":[{"role":5,"content":"hi"}]}""", "messages[0].role");
        Add("user message without content", """{"model":"free","messages":[{"role":"user"}]}""", "messages[0].content");
        Add("user content null", """{"model":"free","messages":[{"role":"user","content":null}]}""", "messages[0].content");
        Add("user content number", """{"model":"free","messages":[{"role":"user","content":7}]}""", "messages[0].content");
        Add("system content empty array", """{"model":"free","messages":[{"role":"system","content":[]},{"role":"user","content":"hi"}]}""", "messages[0].content");
        Add("content part without type", """{"model":"free","messages":[{"role":"user","content":[{"text":"hi"}]}]}""", "messages[0].content[0].type");
        Add("content part of unknown type", """{"model":"free","messages":[{"role":"user","content":[{"type":"video","video":{}}]}]}""", "messages[0].content[0].type");
        Add("image part in a system message", """{"model":"free","messages":[{"role":"system","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]},{"role":"user","content":"hi"}]}""", "messages[0].content[0].type");
        Add("text part text number", """{"model":"free","messages":[{"role":"user","content":[{"type":"text","text":5}]}]}""", "messages[0].content[0].text");
        Add("image part without image_url", """{"model":"free","messages":[{"role":"user","content":[{"type":"image_url"}]}]}""", "messages[0].content[0].image_url");
        Add("tool message without tool_call_id", """{"model":"free","messages":[{"role":"user","content":"hi"},{"role":"tool","content":"22C"}]}""", "messages[1].tool_call_id");
        Add("function message without name", """{"model":"free","messages":[{"role":"user","content":"hi"},{"role":"function","content":"22C"}]}""", "messages[1].name");
        Add("assistant tool_calls string", """{"model":"free","messages":[{"role":"user","content":"hi"},{"role":"assistant","tool_calls":"call"}]}""", "messages[1].tool_calls");
        Add("messages not an array", """{"model":"free","messages":"hi"}""", "messages");
        Add("messages empty", """{"model":"free","messages":[]}""", "messages");
        Add("message null", """{"model":"free","messages":[null]}""", "messages[0]");

        Add("nesting 100 deep in metadata", """{"model":"free","messages":[%USER%],"metadata":""" + Nested(100) + "}", "metadata" + string.Concat(Enumerable.Repeat("[0]", 63)));
        Add("nesting 1000 deep in content", """{"model":"free","messages":[{"role":"user","content":""" + Nested(1000) + "}]}", "messages[0].content" + string.Concat(Enumerable.Repeat("[0]", 61)));
        Add("truncated in a string", """{"model":"free","messages":[{"role":"user","content":"hel""", null);
        Add("truncated after a comma", """{"model":"free","messages":[{"role":"user","content":"hi"},""", null);
        Add("truncated before the last brace", """{"model":"free","messages":[%USER%]""", null);
        Add("truncated in a number", """{"model":"free","messages":[%USER%],"temperature":0.""", null);
        Add("truncated escape", """{"model":"free","messages":[{"role":"user","content":"\u00""", null);
        Add("trailing garbage", """{"model":"free","messages":[%USER%]} x""", null);
        Add("empty body", "", null);
        Add("array body", """[%USER%]""", null);
        return cases;
    }

    /// <summary>The template as UTF-8, with <c>@@</c> replaced by bytes that are not UTF-8; a template's <c>\u00C0\u00AF</c> stays as the overlong pair of bytes.</summary>
    private static byte[] Bytes(string template)
    {
        var bytes = new List<byte>();
        var parts = template.Split("@@");
        for (var i = 0; i < parts.Length; i++)
        {
            bytes.AddRange(parts[i].Contains('\u00C0', StringComparison.Ordinal) ? Latin1(parts[i]) : Encoding.UTF8.GetBytes(parts[i]));
            if (i < parts.Length - 1)
            {
                bytes.AddRange(NotUtf8);
            }
        }

        return [.. bytes];
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
