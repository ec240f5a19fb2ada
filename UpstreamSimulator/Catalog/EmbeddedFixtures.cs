namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>The OpenRouter fixtures in <c>UpstreamSimulator/Fixtures/openrouter</c>, embedded at build time.</summary>
internal static class EmbeddedFixtures
{
    public const string Models = "Fixtures.openrouter-models.json";
    public const string FreeCatalogHistory = "Fixtures.free-catalog-history.json";

    public static Stream Open(string name) =>
        typeof(EmbeddedFixtures).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded fixture '{name}' is missing from the build.");
}
