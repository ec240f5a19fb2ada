using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>
/// A text generation result (https://developers.cloudflare.com/workers-ai/models/), also the shape of each stream event:
/// <c>response</c> (text, or an object in JSON mode), <c>tool_calls</c>, <c>usage</c>.
/// </summary>
internal sealed record CloudflareResult
{
    public JsonElement? Response { get; init; }

    public IReadOnlyList<CloudflareToolCall>? ToolCalls { get; init; }

    public CloudflareUsage? Usage { get; init; }

    /// <summary>Only in a stream event that reports an error.</summary>
    public IReadOnlyList<CloudflareMessage>? Errors { get; init; }

    /// <summary>The response as text: a string as is, a JSON mode object as its JSON.</summary>
    public string? Text => Response switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Object or JsonValueKind.Array } json => json.GetRawText(),
        _ => null,
    };
}
