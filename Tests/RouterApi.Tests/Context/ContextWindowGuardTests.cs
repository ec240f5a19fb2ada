using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Context;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Tests.Context;

/// <summary>Exactly which messages middle-out keeps, counted with the real o200k tokenizer, and when the guard stays out of the way.</summary>
public sealed class ContextWindowGuardTests
{
    private static readonly PromptTokenCounter Counter = new();
    private readonly CatalogStore _catalog = new();
    private readonly PolicyStore _policy = new(Options.Create(new RoutingPolicy()));

    [Fact]
    public void Fit_LongChatOverTheLargestWindow_DropsTheTwoMiddleTurnsAndKeepsTheRest()
    {
        UseWindows(1_000, 2_000);

        using var fit = Fit(Conversations.Body(Conversations.LongChat()), middleOut: true);

        Assert.Equal(ContextFitKind.Trimmed, fit.Kind);
        Assert.Equal(["Be", "one", "two", "five", "six", "Summarize."], Survivors(fit));
        Assert.Equal(2, fit.Plan!.RemovedMessages);
        Assert.Equal(2 * 404, fit.Plan.RemovedTokens);
        Assert.True(fit.Plan.PromptTokens <= 2_000);
        Assert.Equal(fit.Plan.PromptTokens, fit.Request!.CountedPromptTokens);
    }

    [Fact]
    public void Fit_MaxTokens_LeavesRoomForTheCompletion()
    {
        UseWindows(2_000);
        var body = Conversations.Body(Conversations.LongChat());
        body["max_tokens"] = 700;

        using var fit = Fit(body, middleOut: true);

        Assert.Equal(["Be", "one", "five", "six", "Summarize."], Survivors(fit));
        Assert.Equal(3, fit.Plan!.RemovedMessages);
    }

    [Fact]
    public void Fit_ToolCallInTheMiddle_GoesWithBothOfItsResults()
    {
        UseWindows(1_000);

        using var fit = Fit(Conversations.Body(Conversations.ToolChat()), middleOut: true);

        Assert.Equal(["Be", "one", "answer", "Thanks."], Survivors(fit));
        Assert.Equal(3, fit.Plan!.RemovedMessages);
    }

    [Fact]
    public void Fit_LatestTurnIsAToolCallWithItsResult_KeepsThemTogether()
    {
        UseWindows(1_000);
        JsonArray messages =
        [
            Conversations.Message("user", "one " + Conversations.Words(299)),
            Conversations.Message("assistant", "two " + Conversations.Words(299)),
            Conversations.Message("user", "three " + Conversations.Words(299)),
            Conversations.ToolCalls("c9"),
            Conversations.ToolResult("c9", "result " + Conversations.Words(299)),
        ];

        using var fit = Fit(Conversations.Body(messages), middleOut: true);

        Assert.Equal(["one", "three", "calls", "result"], Survivors(fit));
    }

    [Fact]
    public void Fit_TooLongWithoutMiddleOut_IsExceededWithTheRealCount()
    {
        UseWindows(1_000, 2_000);
        var body = Conversations.Body(Conversations.LongChat());
        var expected = Counter.Count("Be brief.") + Counter.Count("Summarize.") + (6 * 400) + (8 * PromptTokenCounter.TokensPerMessage);

        using var fit = Fit(body, middleOut: false);

        Assert.Equal(ContextFitKind.Exceeded, fit.Kind);
        Assert.Equal(2_000, fit.LargestContext);
        Assert.Equal(expected, fit.PromptTokens);
        Assert.False(fit.MiddleOutTried);
    }

    [Fact]
    public void Fit_WhatMustStayIsTooLong_IsExceededAfterTryingMiddleOut()
    {
        UseWindows(500);
        JsonArray messages = [Conversations.Message("system", Conversations.Words(300)), Conversations.Message("user", Conversations.Words(300))];

        using var fit = Fit(Conversations.Body(messages), middleOut: true);

        Assert.Equal(ContextFitKind.Exceeded, fit.Kind);
        Assert.True(fit.MiddleOutTried);
    }

    [Fact]
    public void Fit_NearTheLimitButFitting_KeepsTheRequestWithItsRealCount()
    {
        UseWindows(2_600);
        var request = Parse(Conversations.Body(Conversations.LongChat()));

        using var fit = new ContextWindowGuard(_catalog, _policy, Counter).Fit(request, Buffer(Conversations.Body(Conversations.LongChat())));

        Assert.Same(ContextFit.Unchanged, fit);
        Assert.InRange(request.CountedPromptTokens!.Value, 2_400, 2_500);
    }

    [Fact]
    public void Fit_Trimmed_KeepsTheModelNamesTheAliasesResolvedTo()
    {
        UseWindows(1_000, 2_000);
        var body = Conversations.Body(Conversations.LongChat(), model: "claude-sonnet-4-5");
        body["models"] = new JsonArray("gpt-4o");
        body["transforms"] = new JsonArray("middle-out");
        var request = Parse(body);
        new ModelAliases(_policy, _catalog).Apply(request);

        using var fit = new ContextWindowGuard(_catalog, _policy, Counter).Fit(request, Buffer(body));

        Assert.Equal(ContextFitKind.Trimmed, fit.Kind);
        Assert.Equal("free:tools", fit.Request!.Model);
        Assert.Equal(["free"], fit.Request.Models);
    }

    [Fact]
    public void Fit_FarBelowTheSmallestWindow_NeverCountsTokens()
    {
        UseWindows(8_192, 131_072);
        var body = Conversations.Body([Conversations.Message("user", "Hello.")]);
        var request = Parse(body);

        using var fit = new ContextWindowGuard(_catalog, _policy, Counter).Fit(request, Buffer(body));

        Assert.Same(ContextFit.Unchanged, fit);
        Assert.Null(request.CountedPromptTokens);
    }

    private ContextFit Fit(JsonObject body, bool middleOut)
    {
        body["transforms"] = middleOut ? new JsonArray("middle-out") : new JsonArray();
        return new ContextWindowGuard(_catalog, _policy, Counter).Fit(Parse(body), Buffer(body));
    }

    private void UseWindows(params int[] contexts) =>
        _catalog.Replace(new CatalogSnapshot(
            contexts.Select((context, i) => new ModelInfo
            {
                Id = $"test/model-{i}:free",
                Provider = "openrouter",
                UpstreamId = $"test/model-{i}:free",
                ContextLength = context,
                Capabilities = ModelCapabilities.TextOutput,
            }),
            DateTimeOffset.UnixEpoch));

    private static List<string> Survivors(ContextFit fit) =>
        Conversations.FirstWords(JsonNode.Parse(fit.Body!.WrittenSpan)!["messages"]!.AsArray());

    private static ChatRequest Parse(JsonObject body)
    {
        Assert.True(ChatRequestReader.TryRead(Encoding.UTF8.GetBytes(body.ToJsonString()), out var request, out var error), error.Message);
        return request;
    }

    private static PooledByteBufferWriter Buffer(JsonObject body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var buffer = new PooledByteBufferWriter(bytes.Length);
        buffer.Write(bytes);
        return buffer;
    }
}
