using System.Net;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Images asked for as URLs while Redis cannot store them are kept by the replica that made them, and served by it.</summary>
public sealed class ImageStorageFallbackTests
{
    [Fact]
    public async Task RedisGone_UrlImagesAreStillAnswered_AndTheirUrlsServeTheImage()
    {
        await using var host = await ImagePool.StartAsync();
        host.Redis.Kill();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(responseFormat: "url"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = new Uri((await response.ReadJsonAsync())["data"]![0]!["url"]!.GetValue<string>());
        using var anonymous = new HttpClient();
        var image = await anonymous.GetByteArrayAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal((1024, 1024), ImageHeaders.PngSize(image));
    }
}
