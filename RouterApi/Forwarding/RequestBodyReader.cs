using System.Buffers;
using System.IO.Pipelines;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>Reads a request body into a pooled buffer, refusing bodies over the limit without reading them whole.</summary>
internal static class RequestBodyReader
{
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes.</returns>
    public static async ValueTask<PooledByteBufferWriter?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new PooledByteBufferWriter((int)Math.Min(request.ContentLength ?? 4096, limit));
        try
        {
            if (await CopyAsync(request.BodyReader, buffer, limit, cancellationToken))
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

    private static async ValueTask<bool> CopyAsync(PipeReader reader, PooledByteBufferWriter buffer, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var data = result.Buffer;
            if (buffer.WrittenCount + data.Length > limit)
            {
                reader.AdvanceTo(data.End);
                return false;
            }

            foreach (var segment in data)
            {
                segment.Span.CopyTo(buffer.GetSpan(segment.Length));
                buffer.Advance(segment.Length);
            }

            reader.AdvanceTo(data.End);
            if (result.IsCompleted)
            {
                return true;
            }
        }
    }
}
