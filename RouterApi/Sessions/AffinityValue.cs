using System.Globalization;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// The text of <c>ar:affinity:{conversation}</c>: <c>{expiry in UTC ticks}#{key number}:{model id}</c>. A value written before keys
/// were remembered, <c>{expiry}:{model id}</c>, still reads, with no preferred key.
/// </summary>
internal static class AffinityValue
{
    public static string Format(AffinityTarget target, long expiresAtTicks) =>
        string.Create(CultureInfo.InvariantCulture, $"{expiresAtTicks}#{target.KeyNumber}:{target.ModelId}");

    /// <summary>The conversation's model and key and until when, or null when <paramref name="value"/> is absent or not of this shape.</summary>
    public static (AffinityTarget Target, long ExpiresAtTicks)? Parse(string? value)
    {
        var separator = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (separator <= 0 || separator == value!.Length - 1)
        {
            return null;
        }

        var head = value.AsSpan(0, separator);
        var hash = head.IndexOf('#');
        var expiry = hash < 0 ? head : head[..hash];
        var keyNumber = 0;
        return long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && (hash < 0 || int.TryParse(head[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out keyNumber))
                ? (new AffinityTarget(value[(separator + 1)..], keyNumber), expires)
                : null;
    }
}
