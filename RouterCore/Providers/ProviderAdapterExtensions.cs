using System.Buffers;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Providers;

public static class ProviderAdapterExtensions
{
    /// <summary>
    /// <see cref="IProviderAdapter.CreateChatRequest"/> handing <paramref name="buffer"/> over: the request's content owns it, and
    /// when no request is made (the adapter threw) it goes back to the pool here. The caller must not dispose it: it may still be
    /// being sent when the response comes.
    /// </summary>
    public static HttpRequestMessage CreateChatRequestOwning(
        this IProviderAdapter adapter, ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(buffer);
        try
        {
            return adapter.CreateChatRequest(provider, clientBody, upstreamModelId, buffer);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }
}
