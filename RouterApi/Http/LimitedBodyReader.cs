using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Http;

/// <summary>Reads a body (the client's request, or an upstream's answer) into a pooled buffer, refusing it past a limit without reading it whole.</summary>
internal static class LimitedBodyReader
{
    /// <param name="length">The announced length, when there is one.</param>
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(Stream body, long? length, long limit, CancellationToken cancellationToken)
    {
        if (length > limit)
        {
            return null;
        }

        var buffer = new PooledByteBufferWriter((int)Math.Min(length ?? 8192, limit));
        try
        {
            if (await CopyAsync(body, buffer, limit, cancellationToken))
            {
                return buffer;
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        buffer.Dispose();
        return null;
    }

    public static ValueTask<PooledByteBufferWriter?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken) =>
        ReadAsync(request.Body, request.ContentLength, limit, cancellationToken);

    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return await ReadAsync(stream, content.Headers.ContentLength, limit, cancellationToken);
    }

    private static async ValueTask<bool> CopyAsync(Stream body, PooledByteBufferWriter buffer, long limit, CancellationToken cancellationToken)
    {
        while (buffer.WrittenCount <= limit)
        {
            var read = await body.ReadAsync(buffer.GetMemory(8192), cancellationToken);
            if (read == 0)
            {
                return true;
            }

            buffer.Advance(read);
        }

        return false;
    }
}
