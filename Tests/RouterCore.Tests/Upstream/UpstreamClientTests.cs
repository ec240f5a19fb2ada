using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AspireRouter.RouterCore.Upstream;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Upstream;

/// <summary>The one upstream client over real sockets: redirects and compressed bodies are failures, never followed or decoded.</summary>
public sealed class UpstreamClientTests
{
    private const string Key = "sk-upstream-secret";

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task SendAsync_Redirect_FailsWithoutFollowing_AndIsLoggedWithoutTheKey(int status)
    {
        await using var elsewhere = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("{}"));
        await using var upstream = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = new Uri(elsewhere.BaseAddress, $"collect?key={Key}").ToString();
            return Task.CompletedTask;
        });
        var logger = new FakeLogger<UpstreamClient>();
        using var client = new UpstreamClient(Options.Create(new UpstreamOptions()), logger);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(upstream.BaseAddress, "v1/chat/completions"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        request.Headers.TryAddWithoutValidation("x-api-key", Key);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal($"Bearer {Key}", Assert.Single(upstream.Received).Headers["Authorization"]);
        Assert.Empty(elsewhere.Received);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains(elsewhere.BaseAddress.Authority, logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ProviderHeaderAsksForGzip_NoEncodingIsAskedFor()
    {
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("{}"));
        using var client = new UpstreamClient(Options.Create(new UpstreamOptions()), new FakeLogger<UpstreamClient>());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(upstream.BaseAddress, "v1/models"));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(Assert.Single(upstream.Received).Headers.ContainsKey("Accept-Encoding"));
    }

    [Fact]
    public async Task SendAsync_CompressedAnswerNobodyAskedFor_Fails()
    {
        await using var upstream = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "application/json";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync("""{"data":[]}"""u8.ToArray());
        });
        using var client = new UpstreamClient(Options.Create(new UpstreamOptions()), new FakeLogger<UpstreamClient>());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(upstream.BaseAddress, "v1/models"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(request, TestContext.Current.CancellationToken));

        Assert.Contains("Content-Encoding gzip", error.Message, StringComparison.Ordinal);
    }
}
