using System.Globalization;
using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>A model's published health, as stored in <c>ar:health:{modelId}</c> (times ISO 8601, numbers invariant).</summary>
public sealed record ModelHealthRecord(
    AvailabilityState State,
    double? SuccessRate,
    double? LatencyMs,
    DateTimeOffset? CooldownUntil,
    string? LastError,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The record in <paramref name="fields"/>, or null when the hash is empty or names no known state.</summary>
    public static ModelHealthRecord? FromHash(HashEntry[] fields)
    {
        var values = fields.ToDictionary(field => (string)field.Name!, field => (string?)field.Value, StringComparer.Ordinal);
        if (!values.TryGetValue(HealthFields.State, out var state) || !Enum.TryParse<AvailabilityState>(state, ignoreCase: true, out var parsed))
        {
            return null;
        }

        return new ModelHealthRecord(
            parsed,
            Number(values, HealthFields.SuccessRate),
            Number(values, HealthFields.LatencyMs),
            Time(values, HealthFields.CooldownUntil),
            values.GetValueOrDefault(HealthFields.LastError),
            Time(values, HealthFields.UpdatedAt));
    }

    public HashEntry[] ToHash()
    {
        var entries = new List<HashEntry> { new(HealthFields.State, State.ToString().ToLowerInvariant()) };
        Add(entries, HealthFields.SuccessRate, SuccessRate?.ToString("R", CultureInfo.InvariantCulture));
        Add(entries, HealthFields.LatencyMs, LatencyMs?.ToString("R", CultureInfo.InvariantCulture));
        Add(entries, HealthFields.CooldownUntil, CooldownUntil?.ToString("O", CultureInfo.InvariantCulture));
        Add(entries, HealthFields.LastError, LastError);
        Add(entries, HealthFields.UpdatedAt, UpdatedAt?.ToString("O", CultureInfo.InvariantCulture));
        return [.. entries];
    }

    private static void Add(List<HashEntry> entries, string name, string? value)
    {
        if (value is not null)
        {
            entries.Add(new HashEntry(name, value));
        }
    }

    private static double? Number(Dictionary<string, string?> values, string name) =>
        double.TryParse(values.GetValueOrDefault(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static DateTimeOffset? Time(Dictionary<string, string?> values, string name) =>
        DateTimeOffset.TryParse(values.GetValueOrDefault(name), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;
}
