using System.Globalization;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Chat;

/// <summary>Reads routing hints from <c>x-router-*</c> headers, for clients that cannot add body fields; the body's hints win.</summary>
internal static class RoutingHintHeaders
{
    /// <summary>Adds the headers' hints to <paramref name="request"/>; false (with the error naming the header) when one is malformed.</summary>
    public static bool TryApply(IHeaderDictionary headers, ChatRequest request, out ChatRequestError error)
    {
        var hints = RoutingHints.None;
        var all = RoutingHintNames.All;
        for (var i = 0; i < all.Count; i++)
        {
            var hint = all[i];
            var name = RoutingHintNames.Header(hint);
            if (headers[name] is [{ } value] && Read(hint, name, value, ref hints) is { } invalid)
            {
                error = invalid;
                return false;
            }
        }

        if (hints.Given != RoutingHint.None)
        {
            request.Hints = RoutingHintValues.Combine(request.Hints, hints with { FromHeaders = hints.Given });
        }

        var conflict = request.Hints is null ? null : RoutingHintValues.CheckRange(request.Hints);
        error = conflict ?? default;
        return conflict is null;
    }

    private static ChatRequestError? Read(RoutingHint hint, string name, string value, ref RoutingHints hints)
    {
        ChatRequestError? error;
        switch (hint)
        {
            case RoutingHint.MinParams or RoutingHint.MaxParams:
                error = TryNumber(value, out var number) ? RoutingHintValues.Params(number, name, out var billions) : Malformed(name, value, RoutingHintValues.PositiveNumber, out billions);
                hints = hint == RoutingHint.MinParams ? hints with { MinParams = billions } : hints with { MaxParams = billions };
                break;
            case RoutingHint.MinContext:
                error = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var integer)
                    ? RoutingHintValues.Context(integer, name, out var tokens)
                    : Malformed(name, value, RoutingHintValues.PositiveInteger, out tokens);
                hints = hints with { MinContext = tokens };
                break;
            case RoutingHint.Sort:
                error = RoutingHintValues.Sort(value.Trim(), name, out var sort);
                hints = hints with { Sort = sort };
                break;
            case RoutingHint.MaxWait:
                error = TryNumber(value, out var seconds) ? RoutingHintValues.Wait(seconds, name, out var wait) : Malformed(name, value, RoutingHintValues.Seconds, out wait);
                hints = hints with { MaxWait = wait };
                break;
            case RoutingHint.Sticky:
                error = RoutingHintValues.Sticky(value.Trim(), name, out var sticky);
                hints = hints with { Sticky = sticky };
                break;
            default:
                error = RoutingHintValues.Providers(value.Split(','), name, out var providers);
                hints = hint == RoutingHint.AllowProviders ? hints with { AllowProviders = providers } : hints with { DenyProviders = providers };
                break;
        }

        return error;
    }

    private static bool TryNumber(string value, out double number) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    private static ChatRequestError Malformed<T>(string name, string value, string expected, out T? parsed)
        where T : struct
    {
        parsed = null;
        return RoutingHintErrors.Invalid(name, value, expected);
    }
}
