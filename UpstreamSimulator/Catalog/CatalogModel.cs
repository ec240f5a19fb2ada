using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>One entry of OpenRouter's catalog: its exact JSON, and the fields the simulator acts on.</summary>
internal sealed class CatalogModel
{
    private CatalogModel(string id, byte[] json, int contextLength, FrozenSet<string> input, FrozenSet<string> output, FrozenSet<string> parameters)
    {
        Id = id;
        ContextLength = contextLength;
        Json = json;
        InputModalities = input;
        OutputModalities = output;
        SupportedParameters = parameters;
    }

    public string Id { get; }

    /// <summary>The entry exactly as <c>GET /models</c> serves it.</summary>
    public byte[] Json { get; }

    /// <summary>The model's context window in tokens; 0 when the entry does not say.</summary>
    public int ContextLength { get; }

    public FrozenSet<string> InputModalities { get; }

    public FrozenSet<string> OutputModalities { get; }

    public FrozenSet<string> SupportedParameters { get; }

    /// <summary>Counts against the account's free-model quotas (https://openrouter.ai/docs/api-reference/limits).</summary>
    public bool IsFreeVariant => Id.EndsWith(":free", StringComparison.Ordinal) || Id == "openrouter/free";

    public bool Supports(string parameter) => SupportedParameters.Contains(parameter);

    public static CatalogModel From(JsonObject entry)
    {
        var id = entry["id"]?.GetValue<string>() ?? throw new InvalidOperationException("A catalog entry has no id.");
        var architecture = entry["architecture"] as JsonObject;
        return new CatalogModel(
            id,
            JsonSerializer.SerializeToUtf8Bytes(entry, CatalogJsonContext.Default.JsonObject),
            entry["context_length"] is JsonValue length && length.TryGetValue<int>(out var tokens) ? tokens : 0,
            Strings(architecture?["input_modalities"]),
            Strings(architecture?["output_modalities"]),
            Strings(entry["supported_parameters"]));
    }

    private static FrozenSet<string> Strings(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(item => item?.GetValue<string>()).OfType<string>().ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
}
