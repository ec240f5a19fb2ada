using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Input;

/// <summary>Every body of <see cref="MalformedChatCorpus"/> gets a 4xx in OpenAI's shape naming the field at fault, and none reaches an upstream.</summary>
public sealed class MalformedChatCorpusTests(RouterHostFixture fixture) : IClassFixture<RouterHostFixture>
{
    public static TheoryData<string> Cases => MalformedChatCorpus.Names();

    [Fact]
    public void Corpus_HasAtLeastSixtyBodies() => Assert.True(MalformedChatCorpus.Cases.Count >= 60, $"only {MalformedChatCorpus.Cases.Count} bodies");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MalformedBody_Gets4xxInOpenAiShape_AndNeverReachesTheSimulator(string name)
    {
        var (body, param) = MalformedChatCorpus.Cases[name];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await fixture.Host.Client.PostAsync("v1/chat/completions", content, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.InRange((int)response.StatusCode, 400, 499);
        using var document = JsonDocument.Parse(text);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(JsonValueKind.String, error.GetProperty("message").ValueKind);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.True(error.TryGetProperty("code", out _), text);
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Empty(fixture.Host.Simulator.ChatModels());
    }
}
