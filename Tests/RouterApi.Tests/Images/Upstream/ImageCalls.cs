using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Tests.Images.Upstream;

/// <summary>Image calls aimed at a configured provider, and what adapters make of them, for adapter tests.</summary>
internal static class ImageCalls
{
    public const string Key = "provider-key-0123";

    public static ImageCall For(ImageApi api, string upstreamId, ImageDimensions? size = null, string baseUrl = "https://api.example.test/v1", string? imagesBaseUrl = null) => new(
        new ImageGenerationRequest { Prompt = "A red fox", Size = size, User = "user-7" },
        new ModelInfo { Id = "public/" + upstreamId, Provider = "images", UpstreamId = upstreamId, Capabilities = ModelCapabilities.ImageOutput },
        new ProviderKeyRing(new ProviderOptions { Name = "images", BaseUrl = baseUrl, ApiKey = Key, Images = new ProviderImageOptions { Api = api, BaseUrl = imagesBaseUrl } }).First);

    public static JsonObject Body(HttpRequestMessage request) =>
        JsonNode.Parse(request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult())!.AsObject();
}
