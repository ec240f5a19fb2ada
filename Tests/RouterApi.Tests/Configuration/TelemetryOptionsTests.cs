using AspireRouter.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary>Every service refuses to start with a scrape path that is not a path or that takes a health endpoint's place.</summary>
public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("metrics")]
    [InlineData("/")]
    public async Task BadScrapePath_IsRefusedAtStart(string path)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Telemetry:Prometheus:Enabled", "true"), new("Telemetry:Prometheus:Path", path)]);
        builder.AddServiceDefaults();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Telemetry:Prometheus:Path", failure.Message, StringComparison.Ordinal);
    }
}
