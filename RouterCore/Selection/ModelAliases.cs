using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Resolves the model names clients send through the policy's aliases (<c>Routing:Aliases</c>, changed in the portal). A virtual
/// model or a model id of the catalog is never aliased. Lock-free: a table is built once per policy and swapped as a whole.
/// </summary>
public sealed class ModelAliases(PolicyStore policy, CatalogStore catalog)
{
    private ModelAliasTable? _table;

    /// <returns>The alias <paramref name="model"/> resolves through, or null when it is served as named.</returns>
    public ModelAlias? Find(string? model)
    {
        if (model is null || model.Length > ModelAliasRules.MaxNameLength || VirtualModels.TryGetAdditions(model, out _) || catalog.Current.IndexOf(model) >= 0)
        {
            return null;
        }

        return CurrentTable().Find(model);
    }

    /// <summary>Routes <paramref name="request"/> to the targets of the aliases its <c>model</c> and <c>models</c> name.</summary>
    /// <returns>The aliases that applied, each once; empty (and nothing allocated) when none did.</returns>
    public IReadOnlyList<ModelAlias> Apply(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        List<ModelAlias>? applied = null;
        if (Find(request.Model) is { } alias)
        {
            request.Model = alias.Target;
            applied = [alias];
        }

        string[]? models = null;
        for (var i = 0; i < request.Models.Count; i++)
        {
            if (Find(request.Models[i]) is not { } fallback)
            {
                continue;
            }

            models ??= [.. request.Models];
            models[i] = fallback.Target;
            applied ??= [];
            if (!applied.Contains(fallback))
            {
                applied.Add(fallback);
            }
        }

        if (models is not null)
        {
            request.Models = models;
        }

        return applied ?? (IReadOnlyList<ModelAlias>)[];
    }

    private ModelAliasTable CurrentTable()
    {
        var current = policy.Current;
        var table = Volatile.Read(ref _table);
        if (table is null || !ReferenceEquals(table.Policy, current))
        {
            table = new ModelAliasTable(current);
            Volatile.Write(ref _table, table);
        }

        return table;
    }
}
