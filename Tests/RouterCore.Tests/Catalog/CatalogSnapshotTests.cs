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

    [Fact]
    public void FamilyOf_SameOpenModelAtTwoProviders_ListsBoth_OthersStandAlone()
    {
        var snapshot = TestModels.Snapshot(
            TestModels.Create("meta-llama/llama-3.3-70b-instruct:free") with { Family = "llama-3.3-70b" },
            TestModels.Create("other"),
            TestModels.Create("groq/llama-3.3-70b-versatile", "groq") with { Family = "llama-3.3-70b" });

        Assert.Equal([0, 2], snapshot.FamilyOf(0).ToArray());
        Assert.Equal([0, 2], snapshot.FamilyOf(2).ToArray());
        Assert.Equal([1], snapshot.FamilyOf(1).ToArray());
    }
}
