using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Tests.Buffers;

public sealed class PooledByteBufferWriterTests
{
    [Fact]
    public void GetSpan_BeyondCapacity_GrowsAndKeepsWrittenBytes()
    {
        using var writer = new PooledByteBufferWriter(256);
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        foreach (var chunk in bytes.Chunk(300))
        {
            chunk.CopyTo(writer.GetSpan(chunk.Length));
            writer.Advance(chunk.Length);
        }

        Assert.Equal(bytes, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Advance_PastTheSpan_Throws()
    {
        using var writer = new PooledByteBufferWriter(256);
        var available = writer.GetSpan().Length;

        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(available + 1));
    }

    [Fact]
    public void GetSpan_AfterDispose_Throws()
    {
        var writer = new PooledByteBufferWriter();
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan());
    }
}
