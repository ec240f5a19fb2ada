using System.Net;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Tests.Support;

namespace AspireRouter.UpstreamSimulator.Tests.Cloudflare;

/// <summary>
/// Workers AI text-to-image (https://developers.cloudflare.com/workers-ai/models/flux-1-schnell/): <c>POST .../ai/run/{model}</c>
/// with a prompt; FLUX schnell's base64 JPEG in <c>result.image</c>, the v4 error envelope otherwise.
/// </summary>
public sealed class CloudflareImageTests
{
    private const string RunPath = "cloudflare/client/v4/accounts/acc-1/ai/run/";

    [Fact]
    public async Task FluxSchnell_AnswersABase64JpegInResult()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync(RunPath + "@cf/black-forest-labs/flux-1-schnell", """{"prompt":"a cat"}""", key: "cf-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.True(json.GetProperty("success").GetBoolean());
        var jpeg = Convert.FromBase64String(json.GetProperty("result").GetProperty("image").GetString()!);
        Assert.Equal([0xFF, 0xD8, 0xFF], jpeg[..3]);
        Assert.Equal(1, simulator.Control.RequestCount("@cf/black-forest-labs/flux-1-schnell", "cloudflare"));
    }

    [Fact]
    public async Task OtherModels_AnswerThePngItself()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync(RunPath + "@cf/stabilityai/stable-diffusion-xl-base-1.0", """{"prompt":"a cat"}""", key: "cf-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }

    [Theory]
    [InlineData(null, """{"prompt":"a cat"}""", HttpStatusCode.Unauthorized)]
    [InlineData("cf-token", """{"steps":4}""", HttpStatusCode.BadRequest)]
    public async Task MissingTokenOrPrompt_IsRefusedInTheV4Envelope(string? key, string body, HttpStatusCode status)
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync(RunPath + "@cf/black-forest-labs/flux-1-schnell", body, key);

        Assert.Equal(status, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.False(json.GetProperty("success").GetBoolean());
        Assert.True(json.GetProperty("errors")[0].GetProperty("code").GetInt32() > 0);
    }

    [Fact]
    public async Task DailyNeuronsFault_Is429SayingSo()
    {
        await using var simulator = await TestSimulator.StartAsync(options => options.Faults.Add(new FaultRule { Provider = "cloudflare", Kind = FaultKinds.RateLimitDay }));
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync(RunPath + "@cf/black-forest-labs/flux-1-schnell", """{"prompt":"a cat"}""", key: "cf-token");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("daily free allocation", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
