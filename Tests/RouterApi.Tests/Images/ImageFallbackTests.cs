extern alias simulator;

using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Images;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Images;

/// <summary>An image model that fails is fallen back from, as chat models are: another image model makes the image.</summary>
public sealed class ImageFallbackTests
{
    private static readonly string Failing = ImagePool.ImageModels[0];

    [Theory]
    [InlineData(FaultKinds.Capacity429)]
    [InlineData(FaultKinds.NoEndpoints404)]
    [InlineData(FaultKinds.BadGateway502)]
    [InlineData(FaultKinds.Unavailable503)]
    [InlineData(FaultKinds.ErrorIn200)]
    public async Task FirstImageModelFails_AnotherImageModelMakesTheImage(string kind)
    {
        await using var host = await ImagePool.StartAsync(options => options.Simulator.Faults.Add(new FaultRule { Model = Failing, Kind = kind }));

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body(Failing));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", response.Header("x-router-attempts"));
        var image = (await response.ReadJsonAsync())["data"]![0]!;
        var madeBy = image["model"]!.GetValue<string>();
        Assert.NotEqual(Failing, madeBy);
        Assert.Contains(madeBy, ImagePool.AllImageModels);
        Assert.Equal((1024, 1024), ImageHeaders.PngSize(Convert.FromBase64String(image["b64_json"]!.GetValue<string>())));
        Assert.Equal([Failing, madeBy], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task ImageModelRateLimited_CoolsDownAsAnnounced_AndGetsNoMoreImageRequests()
    {
        await using var host = await ImagePool.StartAsync(options =>
            options.Simulator.Faults.Add(new FaultRule { Model = Failing, Kind = FaultKinds.Upstream429, RetryAfterSeconds = 45 }));
        var before = DateTimeOffset.UtcNow;

        using (var first = await host.Client.PostImagesAsync(ImageRequests.Body(Failing)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var state = host.Services.GetRequiredService<AvailabilityTracker>().GetState(Failing);
        Assert.Equal(AvailabilityState.Cooling, state.State);
        Assert.InRange(state.CoolingUntil!.Value, before.AddSeconds(44), DateTimeOffset.UtcNow.AddSeconds(46));
        for (var i = 0; i < 5; i++)
        {
            using var again = await host.Client.PostImagesAsync(ImageRequests.Body(i % 2 == 0 ? Failing : "free"));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(1, host.Simulator.RequestCount(Failing));
    }

    [Fact]
    public async Task Sdk_FirstImageModelFails_StillGetsItsImage()
    {
        await using var host = await ImagePool.StartAsync(options => options.Simulator.Faults.Add(new FaultRule { Model = Failing, Kind = FaultKinds.BadGateway502 }));

        GeneratedImage image = await host.ImageClient(Failing).GenerateImageAsync(
            "A fox",
            new ImageGenerationOptions { Size = GeneratedImageSize.W1024xH1024, ResponseFormat = GeneratedImageFormat.Bytes },
            TestContext.Current.CancellationToken);

        Assert.Equal((1024, 1024), ImageHeaders.PngSize(image.ImageBytes.ToArray()));
        Assert.Equal(Failing, host.Simulator.ChatModels()[0]);
    }

    [Fact]
    public async Task EveryImageModelFails_OpenAiShapedError_ListingEachTry_AndNoTextModelIsAsked()
    {
        await using var host = await ImagePool.StartAsync(options => options.Simulator.Faults.Add(new FaultRule { Kind = FaultKinds.Unavailable503 }));

        using var response = await host.Client.PostImagesAsync(ImageRequests.Body());

        Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests, $"status {response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        OpenApiSchemaValidator.OpenAiSpec.AssertValid("ErrorResponse", text);
        var asked = host.Simulator.ChatModels();
        Assert.Equal(4, asked.Count);
        Assert.All(asked, model => Assert.Contains(model, ImagePool.AllImageModels));
        Assert.All(asked, model => Assert.Contains(model, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneOfThreeImagesCannotBeMade_TheRequestFails_AndSaysWhy()
    {
        await using var host = await ImagePool.StartAsync(options =>
        {
            options.Settings["Routing:AttemptBudget"] = "1";
            options.Simulator.Faults.Add(new FaultRule { Kind = FaultKinds.BadGateway502, Count = 1 });
        });
        var body = ImageRequests.Body();
        body["n"] = 3;

        using var response = await host.Client.PostImagesAsync(body);

        Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests, $"status {response.StatusCode}");
        Assert.Contains("Tried 1 free model", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(3, host.Simulator.ChatModels().Count);
    }
}
