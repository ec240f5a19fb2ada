namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Hands out clients over one handler, as IHttpClientFactory would.</summary>
internal sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
