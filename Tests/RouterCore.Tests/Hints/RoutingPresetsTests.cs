using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Tests.Hints;

public sealed class RoutingPresetsTests
{
    [Fact]
    public void Effective_PresetAlone_IsThePresetsHints()
    {
        Assert.Equal(RoutingPresets.LargeMinParams, RoutingPresets.Effective(VirtualModels.FreeLarge, null)!.MinParams);
        Assert.Equal(RoutingSort.Latency, RoutingPresets.Effective(VirtualModels.FreeFast, null)!.Sort);
        Assert.Equal(RoutingPresets.LongMinContext, RoutingPresets.Effective(VirtualModels.FreeLong, null)!.MinContext);
    }

    [Fact]
    public void Effective_ClientHints_WinOverThePresetsAndTheRestIsKept()
    {
        var hints = RoutingPresets.Effective(VirtualModels.FreeLarge, new RoutingHints { MinParams = 30, DenyProviders = ["groq"] })!;

        Assert.Equal(30, hints.MinParams);
        Assert.Equal(["groq"], hints.DenyProviders);
        Assert.Equal(RoutingHint.None, hints.FromPreset);
        Assert.Equal(RoutingHint.MinContext, RoutingPresets.Effective(VirtualModels.FreeLong, new RoutingHints { Sort = RoutingSort.Throughput })!.FromPreset);
    }

    [Fact]
    public void Effective_NoPreset_IsTheClientsHints()
    {
        var hints = new RoutingHints { MinParams = 7 };

        Assert.Same(hints, RoutingPresets.Effective(VirtualModels.Free, hints));
        Assert.Null(RoutingPresets.Effective("free:tools", null));
    }
}
