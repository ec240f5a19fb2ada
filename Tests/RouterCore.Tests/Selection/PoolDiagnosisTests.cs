using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class PoolDiagnosisTests
{
    private static readonly CatalogSnapshot Pool = TestModels.Snapshot(
        Sized("small", 8, "openrouter", 32_768),
        Sized("large", 70, "openrouter", 131_072),
        Sized("huge", 405, "groq", 131_072),
        TestModels.Create("unsized", contextLength: 262_144) with { Capabilities = ModelCapabilities.TextOutput | ModelCapabilities.Tools });

    [Fact]
    public void Diagnose_SatisfiableRequest_FindsNoShortfall()
    {
        Assert.Equal(PoolShortfall.None, Diagnose(new RoutingHints { MinParams = 60, DenyProviders = ["groq"] }));
    }

    [Fact]
    public void Diagnose_HintsThatTogetherEmptyThePool_NameTheOneThatRemovedTheLastModels()
    {
        var shortfall = Diagnose(new RoutingHints { AllowProviders = ["openrouter"], MinParams = 100 });

        Assert.Equal(new PoolShortfall(PoolShortfallKind.Hint, RoutingHint.MinParams, 3, 0), shortfall);
    }

    [Fact]
    public void Diagnose_PromptLargerThanEveryRemainingWindow_IsAContextShortfallWithTheLargestWindow()
    {
        var shortfall = PoolDiagnosis.Diagnose(Pool, new RoutingPolicy(), new RequestRequirements(ModelCapabilities.TextOutput, 200_000) { Hints = new RoutingHints { MinParams = 1 } });

        Assert.Equal(new PoolShortfall(PoolShortfallKind.Context, RoutingHint.None, 3, 131_072), shortfall);
    }

    [Fact]
    public void Diagnose_MissingCapability_ComesBeforeTheHints()
    {
        var shortfall = PoolDiagnosis.Diagnose(Pool, new RoutingPolicy(), new RequestRequirements(ModelCapabilities.Vision, 10) { Hints = new RoutingHints { MinParams = 1000 } });

        Assert.Equal(PoolShortfallKind.Capabilities, shortfall.Kind);
    }

    [Fact]
    public void LargestContext_CountsOnlyModelsThatMeetCapabilitiesAndHints()
    {
        Assert.Equal(262_144, PoolDiagnosis.LargestContext(Pool, new RoutingPolicy(), new RequestRequirements(ModelCapabilities.TextOutput, 0)));
        Assert.Equal(131_072, PoolDiagnosis.LargestContext(Pool, new RoutingPolicy(), new RequestRequirements(ModelCapabilities.TextOutput, 0) { Hints = new RoutingHints { MinParams = 1 } }));
    }

    private static PoolShortfall Diagnose(RoutingHints hints) =>
        PoolDiagnosis.Diagnose(Pool, new RoutingPolicy(), new RequestRequirements(ModelCapabilities.TextOutput, 10) { Hints = hints });

    private static ModelInfo Sized(string id, double billions, string provider, int context) =>
        TestModels.Create(id, provider: provider, contextLength: context) with { Size = new ModelSize(billions, null, ModelSizeSource.ModelId) };
}
