using System.Net;
using System.Net.Http.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>A parameter one wire format rejects sends the request to another provider, without a word to the one that cannot carry it.</summary>
public sealed class UnsupportedParameterTests
{
    [Fact]
    public async Task Logprobs_AnthropicCannotCarryThem_GroqAnswersEveryRequest()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.OpenRouterEnabled = false;
            options.Seed = 11;
            options.Add(SimulatedProvider.Anthropic);
            options.Add(SimulatedProvider.OpenAi);
        });

        for (var i = 0; i < 20; i++)
        {
            using var response = await host.Client.PostAsJsonAsync(
                "v1/chat/completions",
                new { model = "free", logprobs = true, messages = new[] { new { role = "user", content = "Hi" } } },
                TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SimulatedProvider.OpenAi.ModelId, response.Header("x-router-model"));
        }

        Assert.Equal(0, host.Simulator.RequestCount(SimulatedProvider.Anthropic.UpstreamModel));
    }

    [Fact]
    public async Task Logprobs_OnlyAnthropic_Is503SayingWhy()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.UseOnly(SimulatedProvider.Anthropic));

        using var response = await host.Client.PostAsJsonAsync(
            "v1/chat/completions",
            new { model = "free", logprobs = true, messages = new[] { new { role = "user", content = "Hi" } } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(TestContext.Current.CancellationToken);
        Assert.Contains("unsupported parameter: anthropic (anthropic) does not accept 'logprobs'", error!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
    }
}
