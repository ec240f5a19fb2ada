using AspireRouter.RouterCore.Catalog;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>The recorded OpenRouter catalog recorded in the repository.</summary>
internal static class Fixtures
{
    public const int OpenRouterModelCount = 371;

    public static byte[] OpenRouterModelsJson() =>
        File.ReadAllBytes(RecordedFixtures.Path("openrouter", "models-2026-05-01.json"));

    public static IReadOnlyList<ModelInfo> OpenRouterModels() => OpenRouterCatalogParser.Parse(OpenRouterModelsJson(), "openrouter");
}
