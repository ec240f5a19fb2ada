namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>Reads the data points of an <c>ExportMetricsServiceRequest</c> (metrics_service.proto, metrics.proto): sums, gauges and histograms.</summary>
internal static class OtlpMetricReader
{
    private const int Gauge = 5;
    private const int Sum = 7;
    private const int Histogram = 9;

    public static List<OtlpMetricPoint> Read(ReadOnlySpan<byte> request)
    {
        var points = new List<OtlpMetricPoint>();
        foreach (var resourceMetrics in OtlpMessages.Fields(request, 1))
        {
            foreach (var scopeMetrics in OtlpMessages.Fields(resourceMetrics, 2))
            {
                var scope = OtlpMessages.ScopeName(scopeMetrics);
                foreach (var metric in OtlpMessages.Fields(scopeMetrics, 2))
                {
                    ReadMetric(metric, scope, points);
                }
            }
        }

        return points;
    }

    private static void ReadMetric(ReadOnlySpan<byte> message, string scope, List<OtlpMetricPoint> points)
    {
        var reader = new ProtobufReader(message);
        string name = "", unit = "";
        var data = new List<(int Kind, byte[] Body)>();
        while (reader.TryReadField(out var field, out var wireType))
        {
            switch (field)
            {
                case 1:
                    name = reader.ReadString();
                    break;
                case 3:
                    unit = reader.ReadString();
                    break;
                case Gauge or Sum or Histogram:
                    data.Add((field, reader.ReadBytes().ToArray()));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        foreach (var (kind, body) in data)
        {
            foreach (var point in OtlpMessages.Fields(body, 1))
            {
                points.Add(kind == Histogram ? HistogramPoint(point, scope, name, unit) : NumberPoint(point, scope, name, unit));
            }
        }
    }

    private static OtlpMetricPoint NumberPoint(ReadOnlySpan<byte> message, string scope, string name, string unit)
    {
        var reader = new ProtobufReader(message);
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        double value = 0;
        while (reader.TryReadField(out var field, out var wireType))
        {
            switch (field)
            {
                case 7:
                    OtlpAttributes.ReadKeyValue(reader.ReadBytes(), attributes);
                    break;
                case 4:
                    value = reader.ReadDouble();
                    break;
                case 6:
                    value = (long)reader.ReadFixed64();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpMetricPoint(scope, name, unit, attributes, value, 1);
    }

    private static OtlpMetricPoint HistogramPoint(ReadOnlySpan<byte> message, string scope, string name, string unit)
    {
        var reader = new ProtobufReader(message);
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        double sum = 0;
        ulong count = 0;
        while (reader.TryReadField(out var field, out var wireType))
        {
            switch (field)
            {
                case 9:
                    OtlpAttributes.ReadKeyValue(reader.ReadBytes(), attributes);
                    break;
                case 4:
                    count = reader.ReadFixed64();
                    break;
                case 5:
                    sum = reader.ReadDouble();
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new OtlpMetricPoint(scope, name, unit, attributes, sum, count);
    }
}
