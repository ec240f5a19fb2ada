using System.Text.Json;
using AspireRouter.RouterCore.Serialization;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Turns OpenRouter's <c>GET /api/v1/models</c> JSON into <see cref="ModelInfo"/>s (all models, not only free ones).</summary>
public static class OpenRouterCatalogParser
{
    /// <exception cref="JsonException">The body is not OpenRouter's model list.</exception>
    public static IReadOnlyList<ModelInfo> Parse(ReadOnlySpan<byte> json, string provider)
    {
        var list = JsonSerializer.Deserialize(json, RouterJsonContext.Default.OpenRouterModelList)
            ?? throw new JsonException("The model list is null.");
        var models = new List<ModelInfo>(list.Data.Count);
        foreach (var entry in list.Data)
        {
            if (!string.IsNullOrEmpty(entry.Id))
            {
                models.Add(ToModelInfo(entry, entry.Id, provider));
            }
        }

        return models;
    }

    private static ModelInfo ToModelInfo(OpenRouterModel entry, string id, string provider)
    {
        var input = entry.Architecture?.InputModalities ?? [Modalities.Text];
        var output = entry.Architecture?.OutputModalities ?? [Modalities.Text];
        var parameters = entry.SupportedParameters ?? [];
        return new ModelInfo
        {
            Id = id,
            Provider = provider,
            UpstreamId = id,
            Name = entry.Name ?? id,
            ContextLength = entry.ContextLength ?? entry.TopProvider?.ContextLength ?? 0,
            InputModalities = input,
            OutputModalities = output,
            Capabilities = ModelCapabilitiesMapper.From(parameters, input, output),
            SupportedParameters = parameters,
            Pricing = ToPriceStrings(entry.Pricing),
            MaxCompletionTokens = entry.TopProvider?.MaxCompletionTokens,
            HuggingFaceId = string.IsNullOrEmpty(entry.HuggingFaceId) ? null : entry.HuggingFaceId,
            Created = entry.Created is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null,
        };
    }

    // A null price is left out (missing counts as free); any other non-string keeps its raw text, which FreeModelFilter parses.
    private static Dictionary<string, string> ToPriceStrings(IReadOnlyDictionary<string, JsonElement>? pricing)
    {
        var prices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unit, value) in pricing ?? new Dictionary<string, JsonElement>())
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                prices[unit] = value.GetString()!;
            }
            else if (value.ValueKind != JsonValueKind.Null)
            {
                prices[unit] = value.GetRawText();
            }
        }

        return prices;
    }
}
