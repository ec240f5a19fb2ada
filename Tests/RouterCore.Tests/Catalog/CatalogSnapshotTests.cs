using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class CatalogSnapshotTests
{
    [Fact]
    public void TryGet_KnownAndUnknownIds_FindsOnlyKnown()
    {
        var snapshot = TestModels.Snapshot(TestModels.Create("a"), TestModels.Create("b"));

        Assert.True(snapshot.TryGet("b", out var model));
        Assert.Equal("b", model.Id);
        Assert.Equal(1, snapshot.IndexOf("b"));
        Assert.False(snapshot.TryGet("c", out _));
        Assert.Equal(-1, snapshot.IndexOf("c"));
    }

    [Fact]
    public void Constructor_RepeatedId_KeepsTheFirst()
    {
        var snapshot = TestModels.Snapshot(TestModels.Create("a", provider: "first"), TestModels.Create("a", provider: "second"));

        Assert.Equal(1, snapshot.Count);
        Assert.Equal("first", snapshot.Models[0].Provider);
    }
}
