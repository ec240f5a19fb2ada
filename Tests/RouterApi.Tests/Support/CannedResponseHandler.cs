using System.Net;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>An upstream that answers every request 200 with one canned body; counts the requests.</summary>
internal sealed class CannedResponseHandler(byte[] body) : HttpMessageHandler
{
    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
    }
}
