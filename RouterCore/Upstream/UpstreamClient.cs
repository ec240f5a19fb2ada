using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>
/// The one connection pool to upstream providers: chat and image attempts, probes and catalog fetches. Deliberately outside
/// IHttpClientFactory: the router does its own fallback, so no resilience handler may retry behind its back. It follows no
/// redirect (the provider's key would go along to wherever it points), asks for and decodes no compression, and keeps no cookies.
/// </summary>
public sealed partial class UpstreamClient : IDisposable
{
    private const string AcceptEncoding = "Accept-Encoding";
    private const string ContentEncoding = "Content-Encoding";
    private readonly HttpMessageInvoker _invoker;
    private readonly UpstreamHttpVersion _version;
    private readonly ILogger<UpstreamClient> _logger;

    public UpstreamClient(IOptions<UpstreamOptions> options, ILogger<UpstreamClient> logger)
        : this(CreateHandler(options?.Value ?? throw new ArgumentNullException(nameof(options))), logger, options.Value)
    {
    }

    /// <summary>Over another handler, for tests that need no network.</summary>
    internal UpstreamClient(HttpMessageHandler handler, ILogger<UpstreamClient> logger, UpstreamOptions? options = null)
    {
        _invoker = new HttpMessageInvoker(handler);
        _version = new UpstreamHttpVersion(options ?? new UpstreamOptions());
        _logger = logger;
    }

    /// <summary>Sends and returns as soon as the response headers arrive; the body is read by the caller.</summary>
    /// <exception cref="HttpRequestException">No answer came, or it was a redirect or a compressed body: failures, never followed or decoded.</exception>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Bodies are relayed and parsed as they come; a provider's configured headers must not ask for an encoding nothing decodes.
        if (request.Headers.NonValidated.Contains(AcceptEncoding))
        {
            request.Headers.Remove(AcceptEncoding);
        }

        _version.Apply(request);

        var response = await _invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (Refuse(request, response) is { } refusal)
        {
            response.Dispose();
            throw refusal;
        }

        return response;
    }

    public void Dispose() => _invoker.Dispose();

    private HttpRequestException? Refuse(HttpRequestMessage request, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            LogRedirect(Origin(request.RequestUri), status, Origin(Target(request.RequestUri, response.Headers.Location)));
            return new HttpRequestException($"The upstream answered {status}, a redirect; redirects are never followed.", null, response.StatusCode);
        }

        // Read without parsing or allocating: this runs for every answer.
        if (response.Content.Headers.NonValidated.TryGetValues(ContentEncoding, out var encodings))
        {
            foreach (var encoding in encodings)
            {
                if (!encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
                {
                    return new HttpRequestException($"The upstream answered with Content-Encoding {encoding}, which was not asked for and is not decoded.", null, response.StatusCode);
                }
            }
        }

        return null;
    }

    private static Uri? Target(Uri? requestUri, Uri? location) =>
        location is null || location.IsAbsoluteUri || requestUri is null ? location : new Uri(requestUri, location);

    // Scheme, host and port only: a path or query may carry a key as well as the headers do.
    private static string Origin(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? uri.GetComponents(UriComponents.SchemeAndServer, UriFormat.SafeUnescaped) : "(unknown)";

    private static SocketsHttpHandler CreateHandler(UpstreamOptions options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        ConnectTimeout = options.ConnectTimeout,
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        // A connection carries as many streams as the upstream allows (often 100); more open streams open more connections.
        EnableMultipleHttp2Connections = true,
    };

    [LoggerMessage(1, LogLevel.Warning, "The upstream at {Origin} answered {Status}, a redirect to {Target}; it is not followed")]
    private partial void LogRedirect(string origin, int status, string target);
}
