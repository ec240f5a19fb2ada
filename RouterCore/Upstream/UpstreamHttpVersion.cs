using System.Net;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>The HTTP version and version policy each upstream request is sent with, decided once from <see cref="UpstreamOptions"/>.</summary>
internal sealed class UpstreamHttpVersion(UpstreamOptions options)
{
    public const string Http11 = "1.1";

    public const string Http2 = "2";

    private readonly Version _version = options.HttpVersion == Http11 ? HttpVersion.Version11 : HttpVersion.Version20;
    private readonly bool _cleartextHttp2 = options.CleartextHttp2;

    public void Apply(HttpRequestMessage request)
    {
        if (_cleartextHttp2 && request.RequestUri is { Scheme: "http" })
        {
            // Without TLS there is no negotiation: exactly HTTP/2 is prior knowledge, where "or lower" would mean HTTP/1.1.
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            return;
        }

        request.Version = _version;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
    }
}
