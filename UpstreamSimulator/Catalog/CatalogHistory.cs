using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Catalog;

/// <summary>
/// <c>free-catalog-history.json</c>: daily snapshots of OpenRouter's free ids. Day N serves the ids of snapshot N, described by
/// the history's own entries, else the fixture catalog's, else a plausible free entry.
/// </summary>
internal sealed class CatalogHistory(FixtureCatalog fixture)
{
    private readonly Lazy<CatalogHistoryFile> _file = new(Load);

    public int DayCount => _file.Value.Snapshots.Count;

    public CatalogHistorySnapshot Snapshot(int day) => _file.Value.Snapshots[Clamp(day)];

    public IReadOnlyList<CatalogModel> ModelsFor(int day)
    {
        var file = _file.Value;
        var known = fixture.Models.ToDictionary(m => m.Id, StringComparer.Ordinal);
        return Snapshot(day).FreeIds
            .Select(id => file.Models.TryGetValue(id, out var entry)
                ? CatalogModel.From(entry)
                : known.GetValueOrDefault(id) ?? CatalogModel.From(PlausibleModelEntry.For(id)))
            .ToList();
    }

    public int Clamp(int day) => Math.Clamp(day, 0, DayCount - 1);

    private static CatalogHistoryFile Load()
    {
        using var stream = EmbeddedFixtures.Open(EmbeddedFixtures.FreeCatalogHistory);
        return JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.CatalogHistoryFile)
            ?? throw new InvalidOperationException("The free catalog history is empty.");
    }
}
