using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Image responses as sent: OpenAI's <c>ImagesResponse</c> schema, the model and provider of each image, the router's headers.</summary>
public sealed class ImagesWireTests
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.OpenAiSpec;

    [Theory]
    [InlineData("b64_json")]
    [InlineData("url")]
    public async Task Response_ValidatesAsImagesResponse_AndNamesEachImagesModelAndProvider(string responseFormat)
    {
        await using var host = await ImagePool.StartAsync();
        var body = ImageRequests.Body(responseFormat: responseFormat);
        body["n"] = 2;

        using var response = await host.Client.PostImagesAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Spec.AssertValid("ImagesResponse", text);
        var json = await response.ReadJsonAsync();
        Assert.InRange(json["created"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal("png", json["output_format"]!.GetValue<string>());
        var data = json["data"]!.AsArray();
        Assert.Equal(2, data.Count);
        foreach (var image in data)
        {
            Assert.NotNull(image![responseFormat]);
            Assert.Null(image[responseFormat == "url" ? "b64_json" : "url"]);
            Assert.Contains(image["model"]!.GetValue<string>(), ImagePool.AllImageModels);
            Assert.Equal("openrouter", image["provider"]!.GetValue<string>());
        }

        Assert.Equal("openrouter", response.Header("x-router-provider"));
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.All(response.Header("x-router-model").Split(','), model => Assert.Contains(model, ImagePool.AllImageModels));
    }

    [Fact]
    public async Task ImageOnlyModel_IsAskedForImagesAlone_AndAnswers()
    {
        await using var host = await ImagePool.StartAsync();

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(ImagePool.ImageOnlyModel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImagePool.ImageOnlyModel, response.Header("x-router-model"));
        var b64 = (await response.ReadJsonAsync())["data"]![0]!["b64_json"]!.GetValue<string>();
        Assert.Equal((1024, 1024), ImageHeaders.PngSize(Convert.FromBase64String(b64)));
    }

    [Fact]
    public async Task FileUrl_WithAnUnknownOrMalformedId_Is404InOpenAisShape()
    {
        await using var host = await ImagePool.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        foreach (var path in new[] { "v1/images/files/AAAAAAAAAAAAAAAAAAAAAA.png", "v1/images/files/..%2Fkeys.png", "v1/images/files/x" })
        {
            using var response = await anonymous.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Spec.AssertValid("ErrorResponse", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }
}
