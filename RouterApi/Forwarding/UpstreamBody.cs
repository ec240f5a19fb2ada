using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>Reads an upstream response body into a pooled buffer, up to a limit.</summary>
internal static class UpstreamBody
{
    /// <returns>The body, or null when it exceeds <paramref name="limit"/> bytes.</returns>
    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var length = content.Headers.ContentLength;
        if (length > limit)
        {
            return null;
        }

        var buffer = new PooledByteBufferWriter((int)Math.Min(length ?? 8192, limit));
        try
        {
            if (await CopyAsync(content, buffer, limit, cancellationToken))
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

    private static async ValueTask<bool> CopyAsync(HttpContent content, PooledByteBufferWriter buffer, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        while (buffer.WrittenCount <= limit)
        {
            var read = await stream.ReadAsync(buffer.GetMemory(8192), cancellationToken);
            if (read == 0)
            {
                return true;
            }

            buffer.Advance(read);
        }

        return false;
    }
}
