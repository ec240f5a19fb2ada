using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Raw image generation requests to the router, for tests that look at status, headers and bodies as sent.</summary>
internal static class ImageRequests
{
    public static JsonObject Body(string model = "free", string size = "1024x1024", string responseFormat = "b64_json") => new()
    {
        ["model"] = model,
        ["prompt"] = "A red fox in the snow",
        ["size"] = size,
        ["response_format"] = responseFormat,
    };

    public static Task<HttpResponseMessage> PostImagesAsync(this HttpClient client, JsonObject body) =>
        client.PostAsync("v1/images/generations", JsonContent.Create(body), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostImagesAsync(this HttpClient client, string rawBody) =>
        client.PostAsync("v1/images/generations", new StringContent(rawBody), TestContext.Current.CancellationToken);

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
}
