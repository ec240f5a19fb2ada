namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>One exported data point of a metric: its attributes, and its value (a histogram's sum) with its count (1 for sums and gauges).</summary>
internal sealed record OtlpMetricPoint(string Scope, string Metric, string Unit, Dictionary<string, object?> Attributes, double Value, ulong Count);
