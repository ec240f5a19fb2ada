using System.Net;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// The one connection pool to upstream providers. Deliberately outside IHttpClientFactory's defaults: the router does its own
/// fallback, so no resilience handler may retry behind its back, and responses are streamed, never buffered.
/// </summary>
internal sealed class UpstreamClient : IDisposable
{
    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        EnableMultipleHttp2Connections = true,
    });

    /// <summary>Sends and returns as soon as the response headers arrive; the body is read by the caller.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);

    public void Dispose() => _invoker.Dispose();
}
