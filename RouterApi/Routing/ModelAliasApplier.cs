using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// Resolves the model names a request sends through the model aliases, before its model is checked, and says which alias applied
/// (<c>x-router-alias</c>). Every front end calls it once per request.
/// </summary>
internal sealed class ModelAliasApplier(ModelAliases aliases)
{
    public void Apply(HttpContext context, ChatRequest request)
    {
        var applied = aliases.Apply(request);
        for (var i = 0; i < applied.Count; i++)
        {
            RouterHeaders.WriteAlias(context.Response, applied[i]);
        }
    }

    /// <returns>The pool name <paramref name="model"/> stands for: an alias's target, or <paramref name="model"/> itself.</returns>
    public string? Apply(HttpContext context, string? model)
    {
        if (aliases.Find(model) is not { } alias)
        {
            return model;
        }

        RouterHeaders.WriteAlias(context.Response, alias);
        return alias.Target;
    }
}
