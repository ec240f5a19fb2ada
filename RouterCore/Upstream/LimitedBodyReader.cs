using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>
/// Reads a body (an upstream's answer, or a client's request) into a pooled buffer, refusing it past a limit without reading it
/// whole: a body announced larger is not read at all, one that grows past the limit is read no further.
/// </summary>
public static class LimitedBodyReader
{
    private const int ChunkBytes = 8192;

    /// <param name="length">The announced length, when there is one.</param>
    /// <returns>The body (dispose it), or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(Stream body, long? length, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (length > limit)
        {
            return null;
        }

        // One byte more than announced, so the read that finds the end needs no larger buffer.
        var buffer = new PooledByteBufferWriter((int)Math.Min(length + 1 ?? ChunkBytes, limit));
        try
        {
            if (await CopyAsync(body, buffer, length, limit, cancellationToken).ConfigureAwait(false))
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

    /// <returns>The body (dispose it), or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, content.Headers.ContentLength, limit, cancellationToken).ConfigureAwait(false);
        }
    }

    // A body of announced length is read into a buffer of that size: a held request body (kept for fallback while a stream lasts)
    // then takes what it is long, not the chunk size twice over.
    private static async ValueTask<bool> CopyAsync(Stream body, PooledByteBufferWriter buffer, long? length, long limit, CancellationToken cancellationToken)
    {
        while (buffer.WrittenCount <= limit)
        {
            var left = length - buffer.WrittenCount;
            var sizeHint = left is >= 0 and < ChunkBytes ? (int)left + 1 : ChunkBytes;
            var read = await body.ReadAsync(buffer.GetMemory(sizeHint), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return true;
            }

            buffer.Advance(read);
        }

        return false;
    }
}
