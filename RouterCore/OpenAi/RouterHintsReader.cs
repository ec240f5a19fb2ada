using System.Text.Json;
using AspireRouter.RouterCore.Hints;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads the body's <c>router</c> object (routing hints); an unknown field is an error, so a misspelt hint never goes unnoticed.</summary>
internal static class RouterHintsReader
{
    /// <param name="reader">Positioned on the value of <c>router</c> (not null).</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType(RoutingHintNames.BodyObject, "an object", ref reader);
        }

        var hints = RoutingHints.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var hint = Which(ref reader);
            var name = reader.GetString()!;
            reader.Read();
            var error = hint == RoutingHint.None ? RoutingHintErrors.Unknown($"{RoutingHintNames.BodyObject}.{name}")
                : reader.TokenType == JsonTokenType.Null ? null
                : ReadHint(ref reader, hint, ref hints);
            if (error is not null)
            {
                return error;
            }
        }

        request.Hints = hints.Given == RoutingHint.None ? null : hints;
        return RoutingHintValues.CheckRange(hints);
    }

    private static ChatRequestError? ReadHint(ref Utf8JsonReader reader, RoutingHint hint, ref RoutingHints hints)
    {
        var param = RoutingHintNames.BodyPath(hint);
        return hint switch
        {
            RoutingHint.MinParams or RoutingHint.MaxParams => ReadParams(ref reader, hint, param, ref hints),
            RoutingHint.MinContext => ReadContext(ref reader, param, ref hints),
            RoutingHint.MaxWait => ReadWait(ref reader, param, ref hints),
            RoutingHint.Sort => ReadSort(ref reader, param, ref hints),
            RoutingHint.Sticky => ReadSticky(ref reader, param, ref hints),
            _ => ReadProviders(ref reader, hint, param, ref hints),
        };
    }

    private static ChatRequestError? ReadParams(ref Utf8JsonReader reader, RoutingHint hint, string param, ref RoutingHints hints)
    {
        if (Number(ref reader, param, out var number) is { } invalid)
        {
            return invalid;
        }

        var error = RoutingHintValues.Params(number, param, out var billions);
        hints = hint == RoutingHint.MinParams ? hints with { MinParams = billions } : hints with { MaxParams = billions };
        return error;
    }

    private static ChatRequestError? ReadContext(ref Utf8JsonReader reader, string param, ref RoutingHints hints)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var integer))
        {
            return ChatRequestErrors.InvalidType(param, "an integer", ref reader);
        }

        var error = RoutingHintValues.Context(integer, param, out var tokens);
        hints = hints with { MinContext = tokens };
        return error;
    }

    private static ChatRequestError? ReadWait(ref Utf8JsonReader reader, string param, ref RoutingHints hints)
    {
        if (Number(ref reader, param, out var seconds) is { } invalid)
        {
            return invalid;
        }

        var error = RoutingHintValues.Wait(seconds, param, out var wait);
        hints = hints with { MaxWait = wait };
        return error;
    }

    private static ChatRequestError? ReadSort(ref Utf8JsonReader reader, string param, ref RoutingHints hints)
    {
        if (JsonValues.ReadString(ref reader, param, out var text) is { } invalid)
        {
            return invalid;
        }

        var error = RoutingHintValues.Sort(text!, param, out var sort);
        hints = hints with { Sort = sort };
        return error;
    }

    private static ChatRequestError? ReadSticky(ref Utf8JsonReader reader, string param, ref RoutingHints hints)
    {
        var error = JsonValues.ReadBoolean(ref reader, param, out var sticky);
        hints = hints with { Sticky = sticky };
        return error;
    }

    private static ChatRequestError? ReadProviders(ref Utf8JsonReader reader, RoutingHint hint, string param, ref RoutingHints hints)
    {
        if (JsonValues.ReadStringArray(ref reader, param, out var names) is { } invalid)
        {
            return invalid;
        }

        var error = RoutingHintValues.Providers(names!, param, out var providers);
        hints = hint == RoutingHint.AllowProviders ? hints with { AllowProviders = providers } : hints with { DenyProviders = providers };
        return error;
    }

    private static RoutingHint Which(ref Utf8JsonReader reader)
    {
        foreach (var hint in RoutingHintNames.All)
        {
            if (reader.ValueTextEquals(RoutingHintNames.Body(hint)))
            {
                return hint;
            }
        }

        return RoutingHint.None;
    }

    private static ChatRequestError? Number(ref Utf8JsonReader reader, string param, out double value)
    {
        value = 0;
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out value)
            ? null
            : ChatRequestErrors.InvalidType(param, "a number", ref reader);
    }
}
