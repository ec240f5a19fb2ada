using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AspireRouter.ServiceDefaults;

/// <summary>The router's own ActivitySource and Meter names; services emit, ServiceDefaults exports.</summary>
public static class RouterTelemetry
{
    public const string Name = "AspireRouter";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);
}
