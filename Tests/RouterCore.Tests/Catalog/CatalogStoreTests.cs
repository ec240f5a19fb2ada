using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class CatalogStoreTests
{
    [Fact]
    public void Current_New_IsEmpty()
    {
        Assert.Equal(0, new CatalogStore().Current.Count);
    }

    [Fact]
    public void Replace_NewSnapshot_BecomesCurrentAndReturnsPrevious()
    {
        var store = new CatalogStore();
        var first = TestModels.Snapshot(TestModels.Create("a"));
        var second = TestModels.Snapshot(TestModels.Create("b"));

        store.Replace(first);
        var previous = store.Replace(second);

        Assert.Same(first, previous);
        Assert.Same(second, store.Current);
    }
}
