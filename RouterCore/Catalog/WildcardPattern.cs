namespace AspireRouter.RouterCore.Catalog;

/// <summary>Matches ids against patterns where <c>*</c> stands for any run of characters (ordinal, whole id).</summary>
internal static class WildcardPattern
{
    public static bool Matches(string pattern, string value) => Matches(pattern.AsSpan(), value.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.SequenceEqual(value);
        }

        if (!value.StartsWith(pattern[..star]))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        for (var start = star; start <= value.Length; start++)
        {
            if (Matches(rest, value[start..]))
            {
                return true;
            }
        }

        return false;
    }
}
