using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>An immutable model pool with lookup by public id and by family; replaced as a whole, never changed.</summary>
public sealed class CatalogSnapshot
{
    private readonly FrozenDictionary<string, int> _indexById;

    // The positions of every family's members, one family after another; each model points at its family's run.
    private readonly int[] _familyMembers;
    private readonly int[] _familyStart;
    private readonly int[] _familyLength;

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
        (_familyMembers, _familyStart, _familyLength) = GroupFamilies(Models);
    }

    public static CatalogSnapshot Empty { get; } = new([], DateTimeOffset.MinValue);

    public ImmutableArray<ModelInfo> Models { get; }

    public DateTimeOffset CreatedAt { get; }

    public int Count => Models.Length;

    /// <summary>The model's position in <see cref="Models"/>, or -1.</summary>
    public int IndexOf(string modelId) => _indexById.TryGetValue(modelId, out var index) ? index : -1;

    /// <summary>The positions of the models of the same family as the one at <paramref name="index"/>, itself included.</summary>
    public ReadOnlySpan<int> FamilyOf(int index) => _familyMembers.AsSpan(_familyStart[index], _familyLength[index]);

    public bool TryGet(string modelId, [MaybeNullWhen(false)] out ModelInfo model)
    {
        var index = IndexOf(modelId);
        model = index >= 0 ? Models[index] : null;
        return model is not null;
    }

    // A model without a family is a family of its own.
    private static (int[] Members, int[] Start, int[] Length) GroupFamilies(ImmutableArray<ModelInfo> models)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < models.Length; i++)
        {
            var key = models[i].Family ?? "\0" + models[i].Id;
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }

            group.Add(i);
        }

        var members = new int[models.Length];
        var start = new int[models.Length];
        var length = new int[models.Length];
        var next = 0;
        foreach (var group in groups.Values)
        {
            foreach (var index in group)
            {
                start[index] = next;
                length[index] = group.Count;
            }

            group.CopyTo(members, next);
            next += group.Count;
        }

        return (members, start, length);
    }
}
