using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Listens to the router's meter and keeps each measurement with the trace current when it was recorded.</summary>
internal sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public RecordedMeasurements()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "AspireRouter")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Keep(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The measurements of <paramref name="instrument"/> recorded in trace <paramref name="traceId"/>.</summary>
    public List<RecordedMeasurement> Of(string instrument, ActivityTraceId traceId) =>
        [.. _measurements.Where(m => m.Instrument == instrument && m.TraceId == traceId)];

    public void Dispose() => _listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(tags.Length, StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, copy, Activity.Current?.TraceId ?? default));
    }
}
