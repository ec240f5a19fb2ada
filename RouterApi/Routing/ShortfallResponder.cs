using System.Globalization;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// The 400s for a request no model in the pool could ever serve, naming what emptied it: a capability no model has, the hint
/// that removed the last models, or a prompt larger than every context window (OpenAI's <c>context_length_exceeded</c>).
/// </summary>
internal static class ShortfallResponder
{
    public const string ContextLengthExceeded = "context_length_exceeded";

    public static Task WriteAsync(HttpContext context, in RequestRequirements requirements, PoolShortfall shortfall, int completionTokens) =>
        shortfall.Kind switch
        {
            PoolShortfallKind.Hint => WriteHintAsync(context, requirements.Hints!, shortfall),
            PoolShortfallKind.Context => WriteContextAsync(context, shortfall.LargestContext, requirements.MinContextTokens - completionTokens, completionTokens, middleOutTried: false),
            _ => OpenAiErrorResults.InvalidRequestAsync(
                context,
                StatusCodes.Status400BadRequest,
                $"No model in the free pool can serve this request: none offers {RequirementNames.Capabilities(requirements)}.",
                RequirementNames.ParamFor(requirements),
                "no_model_supports_request"),
        };

    /// <param name="middleOutTried">Whether the router already shortened the conversation as far as it may.</param>
    public static Task WriteContextAsync(HttpContext context, int largestContext, long promptTokens, long completionTokens, bool middleOutTried)
    {
        var advice = middleOutTried
            ? "Shortening the conversation from the middle (middle-out) was not enough: the system messages, the first user message and the latest turn alone are too long."
            : "Please reduce the length of the messages or completion, or send \"transforms\": [\"middle-out\"] to let the router shorten the conversation.";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The largest context window in the free pool that can serve this request is {largestContext} tokens. However, you requested {promptTokens + completionTokens} tokens ({promptTokens} in the messages, {completionTokens} in the completion). {advice}");
        return OpenAiErrorResults.InvalidRequestAsync(context, StatusCodes.Status400BadRequest, message, "messages", ContextLengthExceeded);
    }

    private static Task WriteHintAsync(HttpContext context, RoutingHints hints, PoolShortfall shortfall)
    {
        var hint = shortfall.Hint;
        var param = RoutingHintValues.ParamName(hints, hint);
        var given = hints.FromPreset.HasFlag(hint) ? $"'{hints.Preset}'" : param;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"No model in the free pool satisfies {given}: it asks for {Describe(hints, hint)}. {shortfall.Remaining} model{(shortfall.Remaining == 1 ? " was" : "s were")} left before it, none qualifies. Relax or remove that hint.");
        return OpenAiErrorResults.InvalidRequestAsync(context, StatusCodes.Status400BadRequest, message, param, "no_model_matches_hint");
    }

    private static string Describe(RoutingHints hints, RoutingHint hint) => hint switch
    {
        RoutingHint.MinParams => string.Create(CultureInfo.InvariantCulture, $"at least {hints.MinParams}B parameters (models of unknown size never qualify)"),
        RoutingHint.MaxParams => string.Create(CultureInfo.InvariantCulture, $"at most {hints.MaxParams}B parameters (models of unknown size never qualify)"),
        RoutingHint.MinContext => string.Create(CultureInfo.InvariantCulture, $"a context window of at least {hints.MinContext} tokens"),
        RoutingHint.AllowProviders => $"a model of {string.Join(" or ", hints.AllowProviders)}",
        _ => $"a model of a provider other than {string.Join(" and ", hints.DenyProviders)}",
    };
}
