using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;
using AspireRouter.RouterCore.Upstream;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Catalog;

/// <summary>Catalog sources over real sockets: a redirect is a failure that takes no key anywhere, and a list is read up to a limit.</summary>
public sealed class ModelListFetcherTests
{
    private const string Key = "gsk_catalog_secret";
    private const int TotalBytes = 256 * 1024 * 1024;
    private const int Limit = 1024 * 1024;

    [Fact]
    public async Task OpenAiModelsSource_RedirectedToAnotherServer_FailsAndThatServerNeverSeesTheKey()
    {
        await using var elsewhere = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("""{"data":[{"id":"elsewhere"}]}"""));
        await using var upstream = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect(new Uri(elsewhere.BaseAddress, "openai/v1/models").ToString());
            return Task.CompletedTask;
        });
        var provider = new ProviderOptions
        {
            Name = "groq",
            BaseUrl = new Uri(upstream.BaseAddress, "openai/v1").ToString(),
            ApiKey = Key,
            CatalogSource = CatalogSourceKind.OpenAiModels,
            Headers = new Dictionary<string, string> { ["X-Account-Key"] = Key },
        };
        var source = new OpenAiModelsCatalogSource(Fetcher(new CatalogOptions().MaxBodyBytes), provider);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => source.FetchAsync(TestContext.Current.CancellationToken));

        Assert.Contains("redirect", error.Message, StringComparison.Ordinal);
        Assert.Equal($"Bearer {Key}", Assert.Single(upstream.Received).Headers["Authorization"]);
        Assert.DoesNotContain(elsewhere.Received, request => request.Headers.ContainsKey("Authorization"));
        Assert.Empty(elsewhere.Received);
    }

    [Fact]
    public async Task OpenRouterSource_ListLargerThanTheLimit_FailsClearlyWithoutReadingItWhole()
    {
        await using var upstream = await LoopbackServer.StartAsync(StreamHugeListAsync);
        var source = new OpenRouterCatalogSource(Fetcher(Limit), "openrouter", new Uri(upstream.BaseAddress, "api/v1").ToString());
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => source.FetchAsync(deadline.Token));

        Assert.Equal($"The model list of openrouter is larger than Catalog:MaxBodyBytes ({Limit} bytes); it is not read further.", error.Message);
    }

    [Fact]
    public async Task OpenRouterSource_RecordedCatalog_FitsTheDefaultLimit()
    {
        var catalog = Fixtures.OpenRouterModelsJson();
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.Body.WriteAsync(catalog).AsTask());
        var source = new OpenRouterCatalogSource(Fetcher(new CatalogOptions().MaxBodyBytes), "openrouter", new Uri(upstream.BaseAddress, "api/v1").ToString());

        var models = await source.FetchAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Fixtures.OpenRouterModelCount, models.Count);
    }

    private static ModelListFetcher Fetcher(int maxBodyBytes) =>
        new(new UpstreamClient(Options.Create(new UpstreamOptions()), NullLogger<UpstreamClient>.Instance), maxBodyBytes);

    // 256 MiB of whitespace with no announced length, until the client hangs up: read whole, it would fail as JSON, not by its size.
    private static async Task StreamHugeListAsync(HttpContext context)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        for (var written = 0; written < TotalBytes && !context.RequestAborted.IsCancellationRequested; written += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk, CancellationToken.None);
        }
    }
}
