using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class CatalogDiffTests
{
    [Fact]
    public void Between_ChangedPools_ListsAppearedAndDisappearedById()
    {
        var before = TestModels.Snapshot(TestModels.Create("kept"), TestModels.Create("gone"));
        var after = TestModels.Snapshot(TestModels.Create("kept", provider: "moved"), TestModels.Create("new"));

        var diff = CatalogDiff.Between(before, after);

        Assert.Equal("new", Assert.Single(diff.Appeared).Id);
        Assert.Equal("gone", Assert.Single(diff.Disappeared).Id);
    }
}
