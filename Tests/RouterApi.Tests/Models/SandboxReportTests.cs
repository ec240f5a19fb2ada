using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Models;

/// <summary>A router whose providers are the AppHost's sandbox (<c>Router:Sandbox</c>) says so in <c>/v1/models</c> and its status; otherwise neither does.</summary>
public sealed class SandboxReportTests
{
    [Fact]
    public async Task InTheSandbox_TheModelsListAndTheStatusSaySandbox()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["Router:Sandbox"] = "true");

        using var models = JsonDocument.Parse(await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken));
        var status = await host.StatusAsync();

        Assert.True(models.RootElement.GetProperty("sandbox").GetBoolean());
        Assert.True(status.GetProperty("sandbox").GetBoolean());
    }

    [Fact]
    public async Task OutsideTheSandbox_TheModelsListSaysNothing_AndTheStatusSaysFalse()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var models = JsonDocument.Parse(await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken));
        var status = await host.StatusAsync();

        Assert.False(models.RootElement.TryGetProperty("sandbox", out _));
        Assert.False(status.GetProperty("sandbox").GetBoolean());
    }
}
