using System.Globalization;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Hints;

/// <summary>Checks and converts hint values, the same for the body's <c>router</c> object and for headers.</summary>
public static class RoutingHintValues
{
    public const string PositiveNumber = "a number greater than 0";
    public const string PositiveInteger = "an integer of at least 1";
    public const string Seconds = "a number of seconds of at least 0";
    public const string ProviderList = "provider names";
    public const string Boolean = "true or false";

    public static ChatRequestError? Params(double value, string param, out double? billions)
    {
        billions = double.IsFinite(value) && value > 0 ? value : null;
        return billions is null ? RoutingHintErrors.Invalid(param, Text(value), PositiveNumber) : null;
    }

    public static ChatRequestError? Context(long value, string param, out int? tokens)
    {
        tokens = value >= 1 ? (int)Math.Min(value, int.MaxValue) : null;
        return tokens is null ? RoutingHintErrors.Invalid(param, value.ToString(CultureInfo.InvariantCulture), PositiveInteger) : null;
    }

    public static ChatRequestError? Wait(double seconds, string param, out TimeSpan? wait)
    {
        wait = double.IsFinite(seconds) && seconds >= 0 ? TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)) : null;
        return wait is null ? RoutingHintErrors.Invalid(param, Text(seconds), Seconds) : null;
    }

    public static ChatRequestError? Sort(string value, string param, out RoutingSort? sort)
    {
        sort = value.ToLowerInvariant() switch
        {
            "random" => RoutingSort.Random,
            "latency" => RoutingSort.Latency,
            "throughput" => RoutingSort.Throughput,
            _ => null,
        };
        return sort is null ? RoutingHintErrors.InvalidSort(param, value) : null;
    }

    /// <summary>A header's <c>true</c> or <c>false</c> (any case).</summary>
    public static ChatRequestError? Sticky(string value, string param, out bool? sticky)
    {
        sticky = bool.TryParse(value, out var parsed) ? parsed : null;
        return sticky is null ? RoutingHintErrors.Invalid(param, value, Boolean) : null;
    }

    /// <summary>A non-empty list of non-blank names.</summary>
    public static ChatRequestError? Providers(IReadOnlyList<string> names, string param, out IReadOnlyList<string> providers)
    {
        providers = [.. names.Select(name => name.Trim())];
        return providers.Count == 0 || providers.Any(string.IsNullOrEmpty)
            ? RoutingHintErrors.Invalid(param, string.Join(",", names), ProviderList)
            : null;
    }

    /// <summary>The request's hints: the body's win, the headers fill in; null when neither gave any.</summary>
    public static RoutingHints? Combine(RoutingHints? body, RoutingHints? headers)
    {
        if (headers is null || body is null)
        {
            return body ?? headers;
        }

        return body with
        {
            MinParams = body.MinParams ?? headers.MinParams,
            MaxParams = body.MaxParams ?? headers.MaxParams,
            MinContext = body.MinContext ?? headers.MinContext,
            AllowProviders = body.AllowProviders.Count > 0 ? body.AllowProviders : headers.AllowProviders,
            DenyProviders = body.DenyProviders.Count > 0 ? body.DenyProviders : headers.DenyProviders,
            Sort = body.Sort ?? headers.Sort,
            MaxWait = body.MaxWait ?? headers.MaxWait,
            Sticky = body.Sticky ?? headers.Sticky,
            FromHeaders = headers.Given & ~body.Given,
        };
    }

    /// <summary>The error when the minimum size is above the maximum, naming the parameters as the client sent them.</summary>
    public static ChatRequestError? CheckRange(RoutingHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
        return hints is { MinParams: { } min, MaxParams: { } max } && min > max
            ? RoutingHintErrors.MinAboveMax(ParamName(hints, RoutingHint.MinParams), min, ParamName(hints, RoutingHint.MaxParams), max)
            : null;
    }

    /// <summary>How the client gave <paramref name="hint"/>: a header, the preset it named (<c>model</c>), or the body.</summary>
    public static string ParamName(RoutingHints hints, RoutingHint hint)
    {
        ArgumentNullException.ThrowIfNull(hints);
        return hints.FromHeaders.HasFlag(hint) ? RoutingHintNames.Header(hint)
            : hints.FromPreset.HasFlag(hint) ? "model"
            : RoutingHintNames.BodyPath(hint);
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
