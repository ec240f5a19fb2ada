using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Images;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>A catalog with free text models and free image models (OpenRouter's shape), and the SDK's image client for the router.</summary>
internal static class ImagePool
{
    public static readonly string[] TextModels = TestCatalog.ModelIds(2);
    public static readonly string[] ImageModels = ["test/image-0:free", "test/image-1:free", "test/image-2:free"];
    public const string ImageOnlyModel = "test/image-only:free";

    public static IEnumerable<string> AllImageModels => [.. ImageModels, ImageOnlyModel];

    /// <summary>The router in front of the simulator serving this catalog.</summary>
    public static Task<RouterTestHost> StartAsync(Action<RouterTestHostOptions>? configure = null) =>
        RouterTestHost.StartAsync(options =>
        {
            UseCatalog(options);
            configure?.Invoke(options);
        });

    /// <summary>Has the simulated OpenRouter serve this catalog.</summary>
    public static void UseCatalog(RouterTestHostOptions options) =>
        options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(
        [
            .. TextModels.Select(id => (id, 32_768, new[] { "text" })),
            .. ImageModels.Select(id => (id, 32_768, new[] { "image", "text" })),
            (ImageOnlyModel, 32_768, ["image"]),
        ]);

    /// <summary>The official OpenAI .NET SDK's image client, changed only in base URL and key.</summary>
    public static ImageClient ImageClient(this RouterTestHost host, string model = "free") =>
        new(model, new ApiKeyCredential(RouterTestHost.ClientKey), new OpenAIClientOptions { Endpoint = host.V1, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });
}
