using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Small hand-made models for selection and availability tests.</summary>
internal static class TestModels
{
    public static ModelInfo Create(
        string id,
        string provider = "openrouter",
        ModelCapabilities capabilities = ModelCapabilities.TextOutput,
        int contextLength = 32_768) => new()
        {
            Id = id,
            Provider = provider,
            UpstreamId = id,
            ContextLength = contextLength,
            Capabilities = capabilities | ModelCapabilities.TextOutput,
            Pricing = new Dictionary<string, string> { ["prompt"] = "0", ["completion"] = "0" },
        };

    public static CatalogSnapshot Snapshot(params ModelInfo[] models) => new(models, DateTimeOffset.UnixEpoch);

    public static CatalogSnapshot Snapshot(int count, string prefix = "model") =>
        Snapshot([.. Enumerable.Range(0, count).Select(i => Create($"{prefix}-{i}"))]);
}
