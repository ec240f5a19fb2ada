using System.Net;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Upstream;

/// <summary>
/// A request body in a pooled buffer the content owns: disposed, it gives the buffer back, at once or, while the handler is still
/// sending it (HTTP/2 may send a body while the response comes), as soon as that send ends. So a request can let go of its body
/// once its response has come, however long that response streams.
/// </summary>
internal sealed class PooledBodyContent(PooledByteBufferWriter body) : HttpContent
{
    private const int Sending = 1;
    private const int Disposed = 2;
    private int _state;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var state = Interlocked.CompareExchange(ref _state, Sending, 0);
        ObjectDisposedException.ThrowIf((state & Disposed) != 0, this);
        if (state != 0)
        {
            throw new InvalidOperationException("The request body is already being sent.");
        }

        try
        {
            await stream.WriteAsync(body.WrittenMemory, cancellationToken);
        }
        finally
        {
            if (Interlocked.And(ref _state, ~Sending) == (Sending | Disposed))
            {
                body.Dispose();
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.WrittenCount;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        // Disposed first, with no send under way: the buffer goes now; during a send, the send gives it back as it ends.
        if (disposing && Interlocked.Or(ref _state, Disposed) == 0)
        {
            body.Dispose();
        }

        base.Dispose(disposing);
    }
}
