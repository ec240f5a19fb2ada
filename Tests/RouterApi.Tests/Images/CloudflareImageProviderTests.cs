extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Images;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>An image provider from configuration (Cloudflare Workers AI's FLUX schnell, simulated) joins the image pool.</summary>
public sealed class CloudflareImageProviderTests
{
    private const string FluxSchnell = "@cf/black-forest-labs/flux-1-schnell";

    [Fact]
    public async Task OnlyCloudflare_FluxSchnellsJpeg_ComesBackAsThePngOfTheAskedSize()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.AddCloudflareImages());

        GeneratedImage image = await host.ImageClient().GenerateImageAsync(
            "A harbour in the rain",
            new ImageGenerationOptions { Size = new GeneratedImageSize(1536, 1024), ResponseFormat = GeneratedImageFormat.Bytes },
            TestContext.Current.CancellationToken);

        Assert.Equal((1536, 1024), ImageHeaders.PngSize(image.ImageBytes.ToArray()));
        Assert.Equal(1, host.Simulator.RequestCount(FluxSchnell, "cloudflare"));
    }

    [Fact]
    public async Task AskedAsJpeg_TheModelsOwnJpegIsReturned_NamingCloudflare()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.AddCloudflareImages());
        var body = ImageRequests.Body();
        body["output_format"] = "jpeg";

        using var response = await host.Client.PostImagesAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadJsonAsync();
        var image = json["data"]![0]!;
        Assert.True(ImageHeaders.IsJpeg(Convert.FromBase64String(image["b64_json"]!.GetValue<string>())), "not a JPEG");
        Assert.Equal(RouterTestHostOptions.CloudflareImageModel, image["model"]!.GetValue<string>());
        Assert.Equal("cloudflare", image["provider"]!.GetValue<string>());
        Assert.Equal("jpeg", json["output_format"]!.GetValue<string>());
        Assert.Equal("cloudflare", response.Header("x-router-provider"));
    }

    [Fact]
    public async Task EveryOpenRouterImageModelFails_CloudflareMakesTheImage()
    {
        await using var host = await ImagePool.StartAsync(options =>
        {
            options.AddCloudflareImages();
            options.Settings["Routing:AttemptBudget"] = "5";
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Kind = FaultKinds.Unavailable503 });
        });

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RouterTestHostOptions.CloudflareImageModel, response.Header("x-router-model"));
        Assert.Equal(1, host.Simulator.RequestCount(FluxSchnell, "cloudflare"));
    }

    [Fact]
    public async Task OpenRouterDailyQuotaSpentMidPlan_ThePlanIsRemade_AndCloudflareMakesTheImage()
    {
        await using var host = await ImagePool.StartAsync(options =>
        {
            options.AddCloudflareImages();
            // Cloudflare weighs so little that the first plan is OpenRouter's image models only; the budget leaves room for one more.
            options.Settings["Routing:AttemptBudget"] = "3";
            options.Settings["Routing:Weights:0:Model"] = RouterTestHostOptions.CloudflareImageModel;
            options.Settings["Routing:Weights:0:Weight"] = "0.0001";
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Kind = FaultKinds.RateLimitDay });
        });

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RouterTestHostOptions.CloudflareImageModel, response.Header("x-router-model"));
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.Equal(1, host.Simulator.RequestCount(FluxSchnell, "cloudflare"));
    }

    [Fact]
    public async Task CloudflareDailyNeuronsSpent_AnOpenRouterImageModelMakesTheImage()
    {
        await using var host = await ImagePool.StartAsync(options =>
        {
            options.AddCloudflareImages();
            options.Simulator.Faults.Add(new FaultRule { Provider = "cloudflare", Kind = FaultKinds.RateLimitDay, RetryAfterSeconds = 3600 });
        });

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(RouterTestHostOptions.CloudflareImageModel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.Contains(response.Header("x-router-model"), ImagePool.AllImageModels);
        Assert.Equal(1, host.Simulator.RequestCount(FluxSchnell, "cloudflare"));
    }
}
