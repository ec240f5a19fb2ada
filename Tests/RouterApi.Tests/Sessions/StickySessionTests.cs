using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>A conversation, however its client names it, stays on the model that served its first turn; <c>router.sticky: false</c> opts one request out.</summary>
public sealed class StickySessionTests(StickyPoolFixture fixture) : IClassFixture<StickyPoolFixture>
{
    private const int Turns = 8;

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task CodexSessionIdHeader_EveryTurnAnsweredByTheFirstTurnsModel()
    {
        var answers = new List<StickyPool.Answer>();
        for (var turn = 1; turn <= Turns; turn++)
        {
            answers.Add(await StickyPool.SendAsync(Client, StickyPool.Conversation(turn, "Codex session opening."), headers: ("session-id", "codex-7f3a")));
        }

        AssertStuck(answers);
    }

    [Fact]
    public async Task PromptCacheKey_KeepsRequestsWithDifferentOpeningsOnOneModel()
    {
        var answers = new List<StickyPool.Answer>();
        for (var i = 0; i < Turns; i++)
        {
            var body = StickyPool.Conversation(1, $"Unrelated question {i}.");
            body["prompt_cache_key"] = "cache-key-chat";
            answers.Add(await StickyPool.SendAsync(Client, body));
        }

        AssertStuck(answers);
    }

    [Fact]
    public async Task PromptCacheKeyOnResponsesApi_KeepsTheConversationOnOneModel()
    {
        var answers = new List<StickyPool.Answer>();
        for (var i = 0; i < Turns; i++)
        {
            var body = new JsonObject { ["model"] = "free", ["input"] = $"Responses question {i}.", ["store"] = false, ["prompt_cache_key"] = "cache-key-responses" };
            answers.Add(await StickyPool.SendAsync(Client, body, "v1/responses"));
        }

        AssertStuck(answers);
    }

    [Fact]
    public async Task MetadataUserIdOnMessagesApi_KeepsClaudeCodesSessionOnOneModel()
    {
        var answers = new List<StickyPool.Answer>();
        for (var i = 0; i < Turns; i++)
        {
            var body = MessagesRequests.Body();
            body["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = $"Messages question {i}." });
            body["metadata"] = new JsonObject { ["user_id"] = "user_ab12_account_cd34_session_ef56" };
            answers.Add(await StickyPool.SendAsync(Client, body, "v1/messages", ("anthropic-version", "2023-06-01")));
        }

        AssertStuck(answers);
    }

    [Fact]
    public async Task NoIdAtAll_LaterTurnsOfTheSameOpeningStayOnTheFirstTurnsModel()
    {
        var answers = new List<StickyPool.Answer>();
        for (var turn = 1; turn <= Turns; turn++)
        {
            answers.Add(await StickyPool.SendAsync(Client, StickyPool.Conversation(turn, "An opening only this test sends.")));
        }

        AssertStuck(answers);
    }

    [Fact]
    public async Task StickyFalse_SpreadsOverThePool_AndLeavesTheConversationsModel()
    {
        var session = ("x-session-id", "opt-out-conversation");
        var first = await StickyPool.SendAsync(Client, StickyPool.Conversation(1), headers: session);

        var free = new List<StickyPool.Answer>();
        for (var turn = 2; turn <= 13; turn++)
        {
            var body = StickyPool.Conversation(turn);
            body["router"] = new JsonObject { ["sticky"] = false };
            free.Add(await StickyPool.SendAsync(Client, body, headers: session));
        }

        var afterwards = await StickyPool.SendAsync(Client, StickyPool.Conversation(14), headers: session);

        Assert.True(free.Select(answer => answer.Model).Distinct().Count() > 1, "requests with sticky: false all went to one model");
        Assert.All(free, answer => Assert.Equal("", answer.Session));
        Assert.Equal(first.Model, afterwards.Model);
        Assert.Equal("sticky", afterwards.Session);
    }

    private static void AssertStuck(List<StickyPool.Answer> answers)
    {
        Assert.Single(answers.Select(answer => answer.Model).Distinct());
        Assert.Equal(["new", .. Enumerable.Repeat("sticky", answers.Count - 1)], answers.Select(answer => answer.Session));
    }
}
