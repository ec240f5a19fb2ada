using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>What a translated stream carried: its <c>data:</c> payloads in order, and the failure it ended with.</summary>
internal sealed record TranslatedEvents(IReadOnlyList<string> Data, UpstreamFailure? Failure)
{
    public IReadOnlyList<JsonNode> Chunks => [.. Data.Where(d => d != "[DONE]").Select(d => JsonNode.Parse(d)!)];

    public bool EndsWithDone => Data.Count > 0 && Data[^1] == "[DONE]";

    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var chunk in Chunks)
            {
                text.Append(chunk["choices"]?.AsArray().FirstOrDefault()?["delta"]?["content"]?.GetValue<string>());
            }

            return text.ToString();
        }
    }

    public string? FinishReason =>
        Chunks.Select(c => c["choices"]?.AsArray().FirstOrDefault()?["finish_reason"]?.GetValue<string>()).LastOrDefault(r => r is not null);

    public JsonNode? Usage => Chunks.LastOrDefault(c => c["usage"] is not null)?["usage"];

    /// <summary>Each tool call: index, id, name, and its argument pieces joined.</summary>
    public IReadOnlyList<(int Index, string Id, string Name, string Arguments)> ToolCalls
    {
        get
        {
            var calls = new SortedDictionary<int, (string Id, string Name, StringBuilder Arguments)>();
            foreach (var chunk in Chunks)
            {
                foreach (var call in chunk["choices"]?.AsArray().FirstOrDefault()?["delta"]?["tool_calls"]?.AsArray() ?? [])
                {
                    var index = call!["index"]!.GetValue<int>();
                    if (!calls.TryGetValue(index, out var known))
                    {
                        known = (call["id"]!.GetValue<string>(), call["function"]!["name"]!.GetValue<string>(), new StringBuilder());
                        calls[index] = known;
                    }

                    known.Arguments.Append(call["function"]?["arguments"]?.GetValue<string>());
                }
            }

            return [.. calls.Select(c => (c.Key, c.Value.Id, c.Value.Name, c.Value.Arguments.ToString()))];
        }
    }

    public JsonNode? Error => Chunks.LastOrDefault(c => c["error"] is not null)?["error"];
}
