using System.Diagnostics.Metrics;
using AspireRouter.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Collects the router's gauges of one test host once, as a metrics exporter would (only that host's meter).</summary>
internal static class RouterGaugeReader
{
    public static IReadOnlyList<GaugeReading> Read(RouterTestHost host)
    {
        var factory = host.Services.GetRequiredService<IMeterFactory>();
        var readings = new List<GaugeReading>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listening) =>
            {
                if (instrument.Meter.Name == RouterTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    listening.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => readings.Add(Reading(instrument, value, tags)));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => readings.Add(Reading(instrument, value, tags)));
        listener.Start();
        listener.RecordObservableInstruments();
        return readings;
    }

    private static GaugeReading Reading(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            byName[key] = tag?.ToString();
        }

        return new GaugeReading(instrument.Name, value, byName);
    }
}
