namespace AspireRouter.RouterCore.Catalog;

/// <summary>Models that appeared in or disappeared from the pool between two snapshots (by id).</summary>
public sealed record CatalogDiff(IReadOnlyList<ModelInfo> Appeared, IReadOnlyList<ModelInfo> Disappeared)
{
    public static CatalogDiff Between(CatalogSnapshot before, CatalogSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new CatalogDiff(Missing(after, from: before), Missing(before, from: after));
    }

    private static List<ModelInfo> Missing(CatalogSnapshot snapshot, CatalogSnapshot from)
    {
        var missing = new List<ModelInfo>();
        foreach (var model in snapshot.Models)
        {
            if (from.IndexOf(model.Id) < 0)
            {
                missing.Add(model);
            }
        }

        return missing;
    }
}
