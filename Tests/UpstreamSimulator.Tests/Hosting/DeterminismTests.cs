using System.Net;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.Hosting;

/// <summary>The same seed and the same requests give the same replies, ids and fault draws.</summary>
public sealed class DeterminismTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<List<string>> TranscriptAsync(int seed)
    {
        await using var simulator = await TestSimulator.StartAsync(
            o =>
            {
                o.Seed = seed;
                o.Faults = [new FaultRule { Model = TestSimulator.PaidModel, Kind = FaultKinds.BadGateway502, Probability = 0.5 }];
            },
            new FakeTimeProvider(Start));
        using var client = simulator.Client();
        var transcript = new List<string>();
        foreach (var prompt in new[] { "one", "two", "three" })
        {
            using var response = await client.PostJsonAsync("openrouter/api/v1/chat/completions", HttpExtensions.ChatBody(TestSimulator.FreeToolModel, prompt: prompt));
            var body = await response.JsonAsync();
            transcript.Add(body.GetProperty("id").GetString()! + " " + body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        }

        for (var i = 0; i < 12; i++)
        {
            using var response = await client.ChatAsync(TestSimulator.PaidModel);
            transcript.Add(response.StatusCode == HttpStatusCode.OK ? "ok" : "502");
        }

        return transcript;
    }

    [Fact]
    public async Task SameSeed_SameRequests_SameTranscript()
    {
        var first = await TranscriptAsync(7);
        var second = await TranscriptAsync(7);

        Assert.Equal(first, second);
        Assert.Contains("ok", first);
        Assert.Contains("502", first);
    }

    [Fact]
    public async Task OtherSeed_OtherTranscript()
    {
        Assert.NotEqual(await TranscriptAsync(7), await TranscriptAsync(8));
    }

    [Fact]
    public async Task SamePromptTwice_SameReplyText()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var first = await client.ChatAsync(TestSimulator.FreeToolModel);
        using var second = await client.ChatAsync(TestSimulator.FreeToolModel);

        static string Text(JsonElement body) => body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        Assert.Equal(Text(await first.JsonAsync()), Text(await second.JsonAsync()));
    }
}
