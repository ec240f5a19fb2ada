using System.ClientModel.Primitives;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Hints;

/// <summary>
/// Every hint and preset that narrows the pool, through the official SDK (body fields) and raw HTTP (headers), reaches only models
/// that satisfy it. The sorts (<c>sort</c>, <c>x-router-sort</c>, <c>free:fast</c>) weigh the draw by measured speed instead of
/// narrowing it; <see cref="SortHintTests"/> tests them with latencies the test sets.
/// </summary>
public sealed class RoutingHintTests(HintPool pool) : IClassFixture<HintPool>
{
    private const int Requests = 12;

    public static TheoryData<string, string, string[]> BodyHints => new()
    {
        { "free", """{"min_params":20,"max_params":100}""", [HintPool.Moe, HintPool.Groq] },
        { "free", """{"max_params":10}""", [HintPool.Tiny] },
        { "free", """{"min_context":200000}""", [HintPool.Moe, HintPool.Mystery] },
        { "free", """{"allow_providers":["groq"]}""", [HintPool.Groq] },
        { "free", """{"deny_providers":["groq"],"min_params":100}""", [HintPool.Big, HintPool.Huge] },
        { "free:large", """{"deny_providers":["openrouter"]}""", [HintPool.Groq] },
    };

    public static TheoryData<string, string, string, string[]> HeaderHints => new()
    {
        { "free", "x-router-min-params", "100", [HintPool.Big, HintPool.Huge] },
        { "free", "x-router-max-params", "30", [HintPool.Tiny, HintPool.Moe] },
        { "free", "x-router-min-context", "100000", [HintPool.Moe, HintPool.Big, HintPool.Mystery, HintPool.Groq] },
        { "free", "x-router-allow-providers", "openrouter", [HintPool.Tiny, HintPool.Moe, HintPool.Big, HintPool.Huge, HintPool.Mystery] },
        { "free", "x-router-deny-providers", "openrouter", [HintPool.Groq] },
    };

    public static TheoryData<string, string[]> Presets => new()
    {
        { "free:large", [HintPool.Big, HintPool.Huge, HintPool.Groq] },
        { "free:long", [HintPool.Moe, HintPool.Mystery] },
    };

    [Theory]
    [MemberData(nameof(BodyHints))]
    public async Task SdkWithRouterObject_ReachesOnlyModelsThatSatisfyIt(string model, string router, string[] allowed)
    {
        pool.Host.Simulator.ClearRequests();
        var options = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is how the SDK sends fields OpenAI's schema lacks.
        options.Patch.Set("$.router"u8, BinaryData.FromString(router));
#pragma warning restore SCME0001

        for (var i = 0; i < Requests; i++)
        {
            var result = await pool.Host.ChatClient(model).CompleteChatAsync([new UserChatMessage("Say hello.")], options, TestContext.Current.CancellationToken);
            Assert.Equal(200, result.GetRawResponse().Status);
        }

        AssertReachedOnly(allowed);
    }

    [Theory]
    [MemberData(nameof(HeaderHints))]
    public async Task RawHttpWithHintHeader_ReachesOnlyModelsThatSatisfyIt(string model, string header, string value, string[] allowed)
    {
        pool.Host.Simulator.ClearRequests();

        for (var i = 0; i < Requests; i++)
        {
            using var response = await SendAsync(ChatRequests.Body(model), (header, value));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        AssertReachedOnly(allowed);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task Preset_ReachesOnlyModelsThatSatisfyIt(string preset, string[] allowed)
    {
        pool.Host.Simulator.ClearRequests();

        for (var i = 0; i < Requests; i++)
        {
            var result = await pool.Host.ChatClient(preset).CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(200, result.GetRawResponse().Status);
        }

        AssertReachedOnly(allowed);
    }

    [Fact]
    public async Task BodyHintAndHeaderForTheSameHint_TheBodyWins()
    {
        pool.Host.Simulator.ClearRequests();
        var body = ChatRequests.Body();
        body["router"] = new JsonObject { ["allow_providers"] = new JsonArray("groq") };

        using var response = await SendAsync(body, ("x-router-allow-providers", "openrouter"), ("x-router-min-params", "100"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorAsync(response, "x-router-min-params", "no_model_matches_hint");
        Assert.Empty(pool.Host.Simulator.ChatModels());
    }

    [Theory]
    [InlineData("free", """{"min_params":1000}""", null, "router.min_params", "at least 1000B parameters")]
    [InlineData("free", """{"allow_providers":["cerebras"]}""", null, "router.allow_providers", "a model of cerebras")]
    [InlineData("free", """{"max_params":1}""", null, "router.max_params", "at most 1B parameters")]
    [InlineData("free:long", null, "x-router-allow-providers:groq", "model", "'free:long'")]
    [InlineData("free", null, "x-router-min-context:300000", "x-router-min-context", "a context window of at least 300000 tokens")]
    public async Task HintNoModelSatisfies_Gets400NamingTheHint_AndNoModelIsCalled(string model, string? router, string? header, string param, string mentions)
    {
        pool.Host.Simulator.ClearRequests();
        var body = ChatRequests.Body(model);
        if (router is not null)
        {
            body["router"] = JsonNode.Parse(router);
        }

        var headers = header is null ? [] : new[] { (header.Split(':')[0], header.Split(':')[1]) };
        using var response = await SendAsync(body, headers);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await AssertErrorAsync(response, param, "no_model_matches_hint");
        Assert.Contains(mentions, message, StringComparison.Ordinal);
        Assert.Empty(pool.Host.Simulator.ChatModels());
    }

    [Theory]
    [InlineData("x-router-min-params", "large", "x-router-min-params")]
    [InlineData("x-router-sort", "fastest", "x-router-sort")]
    [InlineData("x-router-max-wait", "-3", "x-router-max-wait")]
    public async Task MalformedHintHeader_Gets400NamingTheHeader(string header, string value, string param)
    {
        using var response = await SendAsync(ChatRequests.Body(), (header, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertErrorAsync(response, param, "invalid_value");
    }

    private void AssertReachedOnly(string[] allowed)
    {
        var reached = pool.Host.Simulator.ChatModels();
        Assert.Equal(Requests, reached.Count);
        Assert.All(reached, model => Assert.Contains(model, allowed));
        Assert.True(reached.Distinct().Count() >= Math.Min(2, allowed.Length), $"Only {string.Join(", ", reached.Distinct())} were reached.");
    }

    private async Task<HttpResponseMessage> SendAsync(JsonObject body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await pool.Host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<string> AssertErrorAsync(HttpResponseMessage response, string param, string code)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = document.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(param, error.GetProperty("param").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        return error.GetProperty("message").GetString()!;
    }
}
