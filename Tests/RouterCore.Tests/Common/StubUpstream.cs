using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Logging.Abstractions;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>The upstream client, and a model-list fetcher on it, over a stub handler instead of the network.</summary>
internal static class StubUpstream
{
    public static UpstreamClient Client(HttpMessageHandler handler) => new(handler, NullLogger<UpstreamClient>.Instance);

    public static ModelListFetcher Fetcher(HttpMessageHandler handler) => new(Client(handler), new CatalogOptions().MaxBodyBytes);
}
