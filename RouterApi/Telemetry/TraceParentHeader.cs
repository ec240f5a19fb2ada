using System.Buffers;
using System.Globalization;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// The caller's W3C <c>traceparent</c> (<c>00-{trace id}-{span id}-{flags}</c>), read without building an Activity: while the
/// router exports no spans it builds none, yet a request of a trace its caller records still names that trace.
/// </summary>
internal static class TraceParentHeader
{
    private const int Length = 55;
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The trace id when <paramref name="value"/> is a well-formed traceparent whose sampled flag is set.</summary>
    public static string? SampledTraceId(string? value)
    {
        if (value is not { Length: >= Length } || value[2] != '-' || value[35] != '-' || value[52] != '-'
            || !IsLowerHex(value.AsSpan(3, 32)) || !IsLowerHex(value.AsSpan(36, 16)) || !IsLowerHex(value.AsSpan(53, 2))
            || value.AsSpan(3, 32).IndexOfAnyExcept('0') < 0)
        {
            return null;
        }

        var flags = byte.Parse(value.AsSpan(53, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return (flags & 1) == 1 ? value.Substring(3, 32) : null;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> span) => !span.ContainsAnyExcept(LowerHex);
}
