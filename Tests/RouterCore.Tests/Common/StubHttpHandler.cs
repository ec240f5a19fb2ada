using System.Net;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Answers every request with one canned response and remembers the requests.</summary>
internal sealed class StubHttpHandler(HttpStatusCode status, byte[] body) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new ByteArrayContent(body) });
    }
}
