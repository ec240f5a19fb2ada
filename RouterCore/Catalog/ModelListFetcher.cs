using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Fetches a provider's model list through the <see cref="UpstreamClient"/>, reading at most <c>Catalog:MaxBodyBytes</c> of it.</summary>
internal sealed class ModelListFetcher(UpstreamClient upstream, int maxBodyBytes)
{
    /// <returns>The list's body; dispose it.</returns>
    /// <exception cref="HttpRequestException">No answer, a redirect or an error status.</exception>
    /// <exception cref="InvalidDataException">The list is larger than <c>Catalog:MaxBodyBytes</c>.</exception>
    public async Task<PooledByteBufferWriter> FetchAsync(HttpRequestMessage request, string provider, CancellationToken cancellationToken)
    {
        using var response = await upstream.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await LimitedBodyReader.ReadAsync(response.Content, maxBodyBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"The model list of {provider} is larger than Catalog:MaxBodyBytes ({maxBodyBytes} bytes); it is not read further.");
    }
}
