using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>The catalog the simulator starts from: a configured file or the embedded 2026-05-01 fixture.</summary>
internal sealed class FixtureCatalog(IOptions<SimulatorOptions> options)
{
    private readonly Lazy<IReadOnlyList<CatalogModel>> _models = new(() => Load(options.Value.OpenRouter.CatalogPath));

    public IReadOnlyList<CatalogModel> Models => _models.Value;

    /// <summary>Reads a <c>{"data":[...]}</c> document into catalog entries.</summary>
    public static IReadOnlyList<CatalogModel> Parse(Stream json)
    {
        var root = JsonSerializer.Deserialize(json, CatalogJsonContext.Default.JsonObject)
            ?? throw new InvalidOperationException("The catalog is empty.");
        return root["data"] is JsonArray data
            ? data.OfType<JsonObject>().Select(CatalogModel.From).ToList()
            : throw new InvalidOperationException("The catalog has no 'data' array.");
    }

    private static IReadOnlyList<CatalogModel> Load(string? path)
    {
        using var stream = string.IsNullOrWhiteSpace(path) ? EmbeddedFixtures.Open(EmbeddedFixtures.Models) : File.OpenRead(path);
        return Parse(stream);
    }
}
