using AspireRouter.HealthProbe.Probing;
using AspireRouter.RouterCore;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspireRouter.HealthProbe.Tests.Probing;

/// <summary>A probe goes through the one upstream client: a redirect is a failure that takes no key anywhere, and an answer is read up to a limit.</summary>
public sealed class ModelProberTests
{
    private const string Key = "sk-probe-secret";
    private const int Limit = 4096;

    private static readonly ModelInfo Model = new() { Id = "stub/model", Provider = "stub", UpstreamId = "model" };

    [Fact]
    public async Task Probe_SmallAnswer_Succeeds()
    {
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Completion("OK")));

        var failure = await ProbeAsync(upstream);

        Assert.Null(failure);
    }

    [Fact]
    public async Task Probe_RedirectedToAnotherServer_FailsAndThatServerNeverSeesTheKey()
    {
        await using var elsewhere = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Completion("OK")));
        await using var upstream = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = new Uri(elsewhere.BaseAddress, "v1/chat/completions").ToString();
            return Task.CompletedTask;
        });

        var failure = await ProbeAsync(upstream);

        Assert.NotNull(failure);
        Assert.Contains("redirect", failure.Message, StringComparison.Ordinal);
        Assert.Equal($"Bearer {Key}", Assert.Single(upstream.Received).Headers["Authorization"]);
        Assert.Empty(elsewhere.Received);
    }

    [Fact]
    public async Task Probe_AnswerLargerThanTheLimit_Fails()
    {
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Completion(new string('x', Limit * 4))));

        var failure = await ProbeAsync(upstream);

        Assert.NotNull(failure);
        Assert.Equal($"The answer was larger than Probe:MaxBodyBytes ({Limit} bytes).", failure.Message);
    }

    private static async Task<UpstreamFailure?> ProbeAsync(LoopbackServer upstream)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddRouterCore();
        builder.Services.AddSingleton(Options.Create(new ProbeOptions { MaxBodyBytes = Limit }));
        builder.Services.AddSingleton<ModelProber>();
        using var host = builder.Build();
        var provider = new ProviderOptions { Name = "stub", BaseUrl = new Uri(upstream.BaseAddress, "v1").ToString(), ApiKey = Key };
        var key = new ProviderKeyPools(Options.Create(new ProvidersOptions { All = [provider] })).For(provider.Name).First;
        return await host.Services.GetRequiredService<ModelProber>().ProbeAsync(Model, key, TestContext.Current.CancellationToken);
    }

    private static string Completion(string content) =>
        $$"""{"id":"probe","object":"chat.completion","model":"model","choices":[{"index":0,"message":{"role":"assistant","content":"{{content}}"},"finish_reason":"length"}]}""";
}
