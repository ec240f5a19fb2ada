using System.Diagnostics;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>One measurement of an instrument, with its tags and the trace it was recorded in.</summary>
internal sealed record RecordedMeasurement(string Instrument, double Value, Dictionary<string, object?> Tags, ActivityTraceId TraceId);
