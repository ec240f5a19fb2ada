using System.Net;

namespace AspireRouter.RouterCore.Tests.Upstream;

/// <summary>Answers 200 without a network and remembers the HTTP version and policy the last request was sent with.</summary>
internal sealed class VersionRecordingHandler : HttpMessageHandler
{
    public Version? Version { get; private set; }

    public HttpVersionPolicy? Policy { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Version = request.Version;
        Policy = request.VersionPolicy;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
