using AspireRouter.RouterCore.Upstream;

namespace AspireRouter.RouterCore.Tests.Upstream;

public sealed class LimitedBodyReaderTests
{
    [Fact]
    public async Task ReadAsync_BodyWithinTheLimit_IsReadWhole()
    {
        var bytes = new byte[20_000];
        Random.Shared.NextBytes(bytes);

        using var body = await LimitedBodyReader.ReadAsync(new MemoryStream(bytes), length: null, limit: bytes.Length, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, body!.WrittenSpan.ToArray());
    }

    [Fact]
    public async Task ReadAsync_AnnouncedLargerThanTheLimit_IsNotReadAtAll()
    {
        var stream = new MemoryStream(new byte[100]);

        var body = await LimitedBodyReader.ReadAsync(stream, length: 100, limit: 99, TestContext.Current.CancellationToken);

        Assert.Null(body);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_UnannouncedBodyGrowingPastTheLimit_IsReadNoFurther()
    {
        var stream = new MemoryStream(new byte[1024 * 1024]);

        var body = await LimitedBodyReader.ReadAsync(stream, length: null, limit: 16 * 1024, TestContext.Current.CancellationToken);

        Assert.Null(body);
        Assert.InRange(stream.Position, 16 * 1024 + 1, 64 * 1024);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    [InlineData(3000)]
    [InlineData(100_000)]
    public async Task ReadAsync_AnnouncedLength_IsReadWhole_IntoABufferOfAboutThatSize(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);

        using var body = await LimitedBodyReader.ReadAsync(new MemoryStream(bytes), length, limit: 8 * 1024 * 1024, TestContext.Current.CancellationToken);

        Assert.Equal(bytes, body!.WrittenSpan.ToArray());
        Assert.InRange(body.Capacity, length, Math.Max(256, 2 * (length + 1)));
    }
}
