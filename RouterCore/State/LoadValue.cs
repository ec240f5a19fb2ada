using System.Globalization;
using AspireRouter.RouterCore.Load;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>One model's load as a field of <c>ar:load:{replica}</c>: "{in flight} {requests per second}".</summary>
internal static class LoadValue
{
    public static HashEntry ToEntry(ModelLoadSample sample) =>
        new(sample.ModelId, string.Create(CultureInfo.InvariantCulture, $"{sample.InFlight} {sample.RequestsPerSecond:R}"));

    public static ModelLoadSample? FromEntry(HashEntry entry)
    {
        var parts = ((string?)entry.Value ?? "").Split(' ');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var inFlight)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            ? new ModelLoadSample((string)entry.Name!, inFlight, rate)
            : null;
    }
}
