using System.Net;
using AspireRouter.RouterCore.Upstream;
using AspireRouter.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Upstream;

/// <summary>Which HTTP version the upstream client speaks: HTTP/2 offered over TLS, h2c on http:// only when configured.</summary>
public sealed class UpstreamHttpVersionTests
{
    [Fact]
    public async Task SendAsync_CleartextHttp2_SpeaksHttp2WithPriorKnowledge_ToAnUpstreamThatOnlySpeaksIt()
    {
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(context.Request.Protocol), HttpProtocols.Http2);
        using var client = new UpstreamClient(Options.Create(new UpstreamOptions { CleartextHttp2 = true }), new FakeLogger<UpstreamClient>());

        var protocol = await ProtocolAsync(client, upstream.BaseAddress);

        Assert.Equal("HTTP/2", protocol);
    }

    [Theory]
    [InlineData(UpstreamHttpVersion.Http2)]
    [InlineData(UpstreamHttpVersion.Http11)]
    public async Task SendAsync_HttpBaseUrl_WithoutCleartextHttp2_SpeaksHttp11(string version)
    {
        await using var upstream = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(context.Request.Protocol));
        using var client = new UpstreamClient(Options.Create(new UpstreamOptions { HttpVersion = version }), new FakeLogger<UpstreamClient>());

        var protocol = await ProtocolAsync(client, upstream.BaseAddress);

        Assert.Equal("HTTP/1.1", protocol);
    }

    [Theory]
    [InlineData(UpstreamHttpVersion.Http2, false, "2.0")]
    [InlineData(UpstreamHttpVersion.Http2, true, "2.0")]
    [InlineData(UpstreamHttpVersion.Http11, false, "1.1")]
    public async Task SendAsync_HttpsBaseUrl_OffersTheConfiguredVersion_AndTakesLowerWhenTheProviderHasNoHttp2(string configured, bool cleartextHttp2, string offered)
    {
        var handler = new VersionRecordingHandler();
        using var client = new UpstreamClient(handler, new FakeLogger<UpstreamClient>(), new UpstreamOptions { HttpVersion = configured, CleartextHttp2 = cleartextHttp2 });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://openrouter.ai/api/v1/models"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(Version.Parse(offered), handler.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionOrLower, handler.Policy);
    }

    private static async Task<string> ProtocolAsync(UpstreamClient client, Uri baseAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "v1/models"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
