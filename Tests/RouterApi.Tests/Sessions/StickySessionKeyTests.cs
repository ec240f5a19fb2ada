extern alias simulator;

using System.Globalization;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using simulator::AspireRouter.UpstreamSimulator.Configuration;
using simulator::AspireRouter.UpstreamSimulator.Requests;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>A conversation stays on the provider key that served it (keeping the provider's cache for that account) while the key has quota.</summary>
public sealed class StickySessionKeyTests
{
    private const int DailyQuotaPerKey = 16;
    private static readonly string[] Keys = ["sk-or-v1-sticky-key-one-aaa1", "sk-or-v1-sticky-key-two-bbb2", "sk-or-v1-sticky-key-three-ccc3"];

    [Fact]
    public async Task TenTurnConversation_OneKeyWhileOthersSpread_ThenExactlyOneOtherKeyOnceItsQuotaIsSpent()
    {
        await using var host = await StickyPool.StartAsync(Configure);
        var session = ("x-session-id", "keyed-conversation");
        var answers = new List<StickyPool.Answer>();
        var conversationKeys = new List<string>();
        var otherKeys = new List<string>();
        var sent = 0;
        for (var turn = 1; turn <= 10; turn++)
        {
            answers.Add(await StickyPool.SendAsync(host.Client, StickyPool.Conversation(turn), headers: session));
            conversationKeys.Add(await KeyOfChatRequestAsync(host, ++sent));
            await StickyPool.SendAsync(host.Client, StickyPool.Conversation(1, $"Another conversation {turn}."), headers: ("x-session-id", $"other-{turn}"));
            otherKeys.Add(await KeyOfChatRequestAsync(host, ++sent));
        }

        var stuck = Assert.Single(conversationKeys.Distinct());
        Assert.Equal(Keys.Select(key => key[^4..]).Order(), otherKeys.Distinct().Order());

        // The conversation's own turns spend its key's daily quota a few turns on.
        var afterSpent = new List<string>();
        for (var turn = 11; turn <= 20; turn++)
        {
            answers.Add(await StickyPool.SendAsync(host.Client, StickyPool.Conversation(turn), headers: session));
            afterSpent.Add(await KeyOfChatRequestAsync(host, ++sent));
        }

        var moved = afterSpent.SkipWhile(key => key == stuck).ToList();
        Assert.NotEmpty(moved);
        Assert.NotEqual(stuck, Assert.Single(moved.Distinct()));
        Assert.Equal(DailyQuotaPerKey, ChatRequests(host).Count(request => request.KeySuffix == stuck));
        Assert.All(ChatRequests(host), request => Assert.Equal(200, request.Status));
        Assert.Single(answers.Select(answer => answer.Model).Distinct());
        Assert.Equal(["new", .. Enumerable.Repeat("sticky", 19)], answers.Select(answer => answer.Session));
    }

    private static void Configure(RouterTestHostOptions options)
    {
        options.Simulator.OpenRouter.Quota = new OpenRouterQuotaOptions { Enabled = true, RequestsPerMinute = 10_000, RequestsPerDay = 10_000 };
        options.Settings["Providers:openrouter:ApiKey"] = Keys[0];
        options.Settings["Providers:openrouter:ApiKeys:0"] = Keys[1];
        options.Settings["Providers:openrouter:ApiKeys:1"] = Keys[2];
        options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = DailyQuotaPerKey.ToString(CultureInfo.InvariantCulture);
        options.Settings["Providers:openrouter:Quotas:LearnFromUpstream"] = "false";

        // Exact counts need the shared counters: a busy machine must not push a request past Redis's budget into local counting.
        options.Settings["RedisBudget:RequestPath"] = "00:00:05";
    }

    /// <summary>The key suffix of the <paramref name="number"/>th chat request the simulator received, once it has recorded it.</summary>
    private static async Task<string> KeyOfChatRequestAsync(RouterTestHost host, int number)
    {
        await Eventually.UntilAsync(() => ChatRequests(host).Count >= number, $"the simulator recorded chat request {number}");
        return ChatRequests(host)[number - 1].KeySuffix!;
    }

    private static List<RecordedRequest> ChatRequests(RouterTestHost host) =>
        [.. host.Simulator.Requests
            .Where(request => request.Provider == "openrouter" && request.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
            .OrderBy(request => request.Sequence)];
}
