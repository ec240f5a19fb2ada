using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>An immutable model pool with lookup by public id; replaced as a whole, never changed.</summary>
public sealed class CatalogSnapshot
{
    private readonly FrozenDictionary<string, int> _indexById;

    /// <param name="models">The pool; when an id repeats, the first model with it wins.</param>
    public CatalogSnapshot(IEnumerable<ModelInfo> models, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(models);
        var unique = ImmutableArray.CreateBuilder<ModelInfo>();
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (indexById.TryAdd(model.Id, unique.Count))
            {
                unique.Add(model);
            }
        }

        Models = unique.ToImmutable();
        _indexById = indexById.ToFrozenDictionary(StringComparer.Ordinal);
        CreatedAt = createdAt;
    }

    public static CatalogSnapshot Empty { get; } = new([], DateTimeOffset.MinValue);

    public ImmutableArray<ModelInfo> Models { get; }

    public DateTimeOffset CreatedAt { get; }

    public int Count => Models.Length;

    /// <summary>The model's position in <see cref="Models"/>, or -1.</summary>
    public int IndexOf(string modelId) => _indexById.TryGetValue(modelId, out var index) ? index : -1;

    public bool TryGet(string modelId, [MaybeNullWhen(false)] out ModelInfo model)
    {
        var index = IndexOf(modelId);
        model = index >= 0 ? Models[index] : null;
        return model is not null;
    }
}
