using AspireRouter.RouterApi.Images;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary>The memory limits refuse to start with values that would bound nothing or refuse everything.</summary>
public sealed class MemoryLimitOptionsTests
{
    private static readonly Dictionary<string, string> Key = new(StringComparer.Ordinal) { ["test"] = "test-client-key-0123456789" };

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new RouterApiOptionsValidator().Validate(null, new RouterApiOptions { ClientKeys = Key }).Succeeded);
        Assert.True(new ImagesOptionsValidator().Validate(null, new ImagesOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(1024, 60)]
    [InlineData(int.MaxValue, 60)]
    [InlineData(1024 * 1024, 0)]
    public void StreamLimitsOutOfRange_AreRefused(int maxEventBytes, int idleSeconds)
    {
        var options = new RouterApiOptions { ClientKeys = Key, MaxStreamEventBytes = maxEventBytes, StreamIdleTimeout = TimeSpan.FromSeconds(idleSeconds) };

        var result = new RouterApiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Router:", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000L, 24L * 1024 * 1024, 2, 1024L)]
    [InlineData(32L * 1024 * 1024, 0L, 2, 1024L)]
    [InlineData(32L * 1024 * 1024, 24L * 1024 * 1024, 0, 1024L)]
    [InlineData(32L * 1024 * 1024, 24L * 1024 * 1024, 2, 0L)]
    [InlineData(32L * 1024 * 1024, 24L * 1024 * 1024, 2, 4L * 1024 * 1024 * 1024)]
    public void ImageLimitsOutOfRange_AreRefused(long perRequest, long perImage, int transcodes, long bodyBytes)
    {
        var options = new ImagesOptions { MaxPixelsPerRequest = perRequest, MaxImagePixels = perImage, MaxConcurrentTranscodes = transcodes, MaxResponseBodyBytes = bodyBytes };

        Assert.True(new ImagesOptionsValidator().Validate(null, options).Failed);
    }
}
