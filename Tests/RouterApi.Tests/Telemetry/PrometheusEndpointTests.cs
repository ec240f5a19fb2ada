using System.Net;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Telemetry;

/// <summary>The optional Prometheus scrape endpoint, for operators without an OTLP collector: off unless configured.</summary>
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Enabled_MetricsAnswersTextExposition_WithTheRoutersGauges()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["Telemetry:Prometheus:Enabled"] = "true");
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await anonymous.GetAsync("metrics", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE aspire_router_quota_remaining gauge", body, StringComparison.Ordinal);
        Assert.Contains("aspire_router_quota_remaining{", body, StringComparison.Ordinal);
        Assert.Contains("aspire_router_quota_window=\"minute\"", body, StringComparison.Ordinal);
        Assert.Contains("aspire_router_pool_models{", body, StringComparison.Ordinal);
        Assert.Contains("router_model_state=\"available\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_ThereIsNoMetricsEndpoint()
    {
        await using var host = await RouterTestHost.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await anonymous.GetAsync("metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
