namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>One reading of an observable gauge: its value and its attributes.</summary>
internal sealed record GaugeReading(string Instrument, long Value, IReadOnlyDictionary<string, string?> Tags);
