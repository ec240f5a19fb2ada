using System.Net;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Aliases;

/// <summary>Image clients that send OpenAI's model names get an image of the free image pool.</summary>
public sealed class ModelAliasImageTests
{
    [Fact]
    public async Task ShippedAliases_DallEName_IsServedByAnImageModelAndSaysSo()
    {
        await using var host = await ImagePool.StartAsync();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body("dall-e-3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dall-e-* -> free:image", response.Header("x-router-alias"));
        Assert.Contains(response.Header("x-router-model"), ImagePool.AllImageModels);
        Assert.Single((await response.ReadJsonAsync())["data"]!.AsArray());
    }

    [Fact]
    public async Task NoAlias_DallEName_Gets404ModelNotFound()
    {
        await using var host = await ImagePool.StartAsync(options => options.Settings["Routing:DefaultAliases"] = "false");

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body("dall-e-3"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("model_not_found", (await response.ReadJsonAsync())["error"]!["code"]!.GetValue<string>());
    }
}
