using System.Globalization;
using System.Text.RegularExpressions;

namespace AspireRouter.RouterCore.Sizes;

/// <summary>
/// Reads a parameter count from a model's name: <c>70b</c>, <c>1.2b</c>, <c>1t</c>, <c>135m</c>; <c>8x7b</c> (experts × expert size,
/// an upper bound); <c>30b-a3b</c> (total, then active per token); <c>17b-16e</c> (active per token with 16 experts, total unknown).
/// Only whole tokens count (<c>e2b</c> is not 2B), and a name with two different sizes says nothing.
/// </summary>
internal static partial class ModelSizeParser
{
    public static bool TryParse(string? text, out double? total, out double? active)
    {
        (total, active) = (null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var tokens = Separators().Split(text.ToLowerInvariant());
        (double? Total, double? Active)? found = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!TryReadTotal(tokens[i], out var size, out var isExperts))
            {
                continue;
            }

            var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
            (double? Total, double? Active) reading =
                !isExperts && TryReadActive(next, out var perToken) ? (size, perToken)
                : !isExperts && ExpertCount().IsMatch(next) ? (null, size)
                : (size, null);
            if (found is { } earlier && earlier != reading)
            {
                return false;
            }

            found = reading;
        }

        (total, active) = found ?? (null, null);
        return found is not null;
    }

    private static bool TryReadTotal(string token, out double billions, out bool isExperts)
    {
        billions = 0;
        var experts = Experts().Match(token);
        isExperts = experts.Success;
        if (isExperts)
        {
            billions = int.Parse(experts.Groups["experts"].ValueSpan, CultureInfo.InvariantCulture) * Number(experts.Groups["size"]);
            return billions > 0;
        }

        var size = Size().Match(token);
        if (!size.Success)
        {
            return false;
        }

        billions = Number(size.Groups["size"]) * (size.Groups["unit"].ValueSpan[0] switch
        {
            't' => 1000,
            'm' => 0.001,
            _ => 1,
        });
        return billions > 0;
    }

    private static bool TryReadActive(string token, out double billions)
    {
        var active = Active().Match(token);
        billions = active.Success ? Number(active.Groups["size"]) : 0;
        return billions > 0;
    }

    private static double Number(Group group) => double.Parse(group.ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<size>\d+(?:\.\d+)?)(?<unit>[bmt])$")]
    private static partial Regex Size();

    [GeneratedRegex(@"^(?<experts>\d+)x(?<size>\d+(?:\.\d+)?)b$")]
    private static partial Regex Experts();

    [GeneratedRegex(@"^a(?<size>\d+(?:\.\d+)?)b$")]
    private static partial Regex Active();

    [GeneratedRegex(@"^\d+e$")]
    private static partial Regex ExpertCount();
}
