using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>A traditional function call: <c>{"name":...,"arguments":{...}}</c>.</summary>
internal sealed record CloudflareToolCall
{
    public string Name { get; init; } = "";

    public JsonElement? Arguments { get; init; }
}
