using System.Text.Json;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Wire shape of <c>error</c>: OpenRouter sends a numeric <c>code</c>, OpenAI a string one.</summary>
internal sealed record UpstreamErrorDetail
{
    public JsonElement? Code { get; init; }

    public string? Message { get; init; }

    public UpstreamErrorMetadata? Metadata { get; init; }

    /// <summary>The code as an HTTP status when it is one (<c>429</c> or <c>"429"</c>).</summary>
    public int? StatusCode => Code switch
    {
        { ValueKind: JsonValueKind.Number } code when code.TryGetInt32(out var status) => status,
        { ValueKind: JsonValueKind.String } code when int.TryParse(code.GetString(), out var status) => status,
        _ => null,
    };

    /// <summary>The message and the upstream's raw error, for the text checks that classify a failure.</summary>
    public string Text => Metadata?.Raw is { } raw
        ? $"{Message} {(raw.ValueKind == JsonValueKind.String ? raw.GetString() : raw.GetRawText())}"
        : Message ?? "";
}
