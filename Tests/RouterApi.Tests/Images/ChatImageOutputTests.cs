using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>Chat requests asking for images (<c>modalities</c>) reach image-capable chat models and get their images back as the model sent them.</summary>
public sealed class ChatImageOutputTests
{
    [Fact]
    public async Task ChatWithImageAndTextModalities_GoesToAnImageAndTextModel_AndRelaysItsImage()
    {
        await using var host = await ImagePool.StartAsync();

        for (var i = 0; i < 10; i++)
        {
            var body = ChatRequests.Body();
            body["modalities"] = new JsonArray("image", "text");
            using var response = await host.Client.PostAsync(body);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Header("x-router-model"), ImagePool.ImageModels);
            var url = (await response.ReadJsonAsync())["choices"]![0]!["message"]!["images"]![0]!["image_url"]!["url"]!.GetValue<string>();
            Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
            ImageHeaders.PngSize(Convert.FromBase64String(url["data:image/png;base64,".Length..]));
        }
    }

    [Fact]
    public async Task ChatWithImageModalityOnly_MayGoToImageOnlyModels_ButNeverToTextModels()
    {
        await using var host = await ImagePool.StartAsync();

        for (var i = 0; i < 20; i++)
        {
            var body = ChatRequests.Body();
            body["modalities"] = new JsonArray("image");
            using var response = await host.Client.PostAsync(body);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Header("x-router-model"), ImagePool.AllImageModels);
        }
    }

    [Fact]
    public async Task PlainChat_NeverGoesToImageOnlyModels()
    {
        await using var host = await ImagePool.StartAsync();

        for (var i = 0; i < 20; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(ImagePool.ImageOnlyModel, response.Header("x-router-model"));
        }
    }
}
