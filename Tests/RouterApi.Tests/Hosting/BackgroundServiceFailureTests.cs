using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AspireRouter.RouterApi.Tests.Hosting;

/// <summary>A background loop that fails anyway is logged and left stopped; the router goes on answering (ServiceDefaults).</summary>
public sealed class BackgroundServiceFailureTests
{
    [Fact]
    public async Task BackgroundLoopFails_TheRouterKeepsRunningAndAnswering()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => services.AddHostedService<FailingBackgroundService>());
        var failing = host.Services.GetServices<IHostedService>().OfType<FailingBackgroundService>().Single();
        await Eventually.UntilAsync(() => failing.ExecuteTask is { IsFaulted: true }, "the loop fails");

        using var response = await host.Client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
