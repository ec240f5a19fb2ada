using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>The recorded OpenRouter catalog (Tests/Fixtures/openrouter), copied next to the test assembly.</summary>
internal static class Fixtures
{
    public const int OpenRouterModelCount = 371;

    public static byte[] OpenRouterModelsJson() =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "openrouter", "models-2026-05-01.json"));

    public static IReadOnlyList<ModelInfo> OpenRouterModels() => OpenRouterCatalogParser.Parse(OpenRouterModelsJson(), "openrouter");
}
