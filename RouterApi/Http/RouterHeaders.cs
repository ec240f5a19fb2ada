using System.Globalization;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Http;

/// <summary>Response headers that tell the client what the router did.</summary>
internal static class RouterHeaders
{
    public const string Model = "x-router-model";
    public const string Provider = "x-router-provider";
    public const string Attempts = "x-router-attempts";

    /// <summary>The transform applied to the conversation (<c>middle-out</c>), with what it removed.</summary>
    public const string Transform = "x-router-transform";
    public const string TokensRemoved = "x-router-tokens-removed";
    public const string MessagesRemoved = "x-router-messages-removed";

    /// <summary>The client's tools no model of the pool can run (built-in tools such as <c>web_search</c>, Anthropic's server tools), left out of what went upstream, comma-separated.</summary>
    public const string DroppedTools = "x-router-dropped-tools";

    /// <summary>The model alias the request's model name went through, e.g. <c>claude-* -&gt; free:tools</c> (one value per alias).</summary>
    public const string Alias = "x-router-alias";

    /// <summary>Says which alias applied: its name (the operator's, so always a valid header value) and its target.</summary>
    public static void WriteAlias(HttpResponse response, ModelAlias alias) => response.Headers.Append(Alias, $"{alias.Name} -> {alias.Target}");

    /// <summary>Says which model and provider answered (when one did) after how many attempts.</summary>
    public static void Write(HttpResponse response, string? model, string? provider, int attempts)
    {
        var headers = response.Headers;
        if (model is not null)
        {
            headers[Model] = model;
        }

        if (provider is not null)
        {
            headers[Provider] = provider;
        }

        headers[Attempts] = attempts.ToString(CultureInfo.InvariantCulture);
    }
}
