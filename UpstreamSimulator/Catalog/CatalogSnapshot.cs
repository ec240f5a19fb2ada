using System.Collections.Frozen;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>An immutable view of the catalog at one moment, in catalog order.</summary>
internal sealed class CatalogSnapshot
{
    public CatalogSnapshot(IEnumerable<CatalogModel> models)
    {
        var byId = new Dictionary<string, CatalogModel>(StringComparer.Ordinal);
        var ordered = new List<CatalogModel>();
        foreach (var model in models)
        {
            if (byId.TryAdd(model.Id, model))
            {
                ordered.Add(model);
            }
        }

        Models = ordered;
        ById = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyList<CatalogModel> Models { get; }

    public FrozenDictionary<string, CatalogModel> ById { get; }

    public CatalogSnapshot With(CatalogModel model) =>
        new(ById.ContainsKey(model.Id) ? Models.Select(m => m.Id == model.Id ? model : m) : Models.Append(model));

    public CatalogSnapshot Without(string id) => new(Models.Where(m => m.Id != id));
}
