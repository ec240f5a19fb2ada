using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>Replicas share which model each conversation stuck to through Redis, and keep conversations sticky without it.</summary>
public sealed class StickySessionReplicaTests
{
    [Fact]
    public async Task ConversationAlternatingBetweenReplicas_StaysOnTheFirstTurnsModel()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, StickyPool.Configure);
        var answers = new List<StickyPool.Answer>();
        for (var turn = 1; turn <= 8; turn++)
        {
            answers.Add(await StickyPool.SendAsync(replicas.Hosts[turn % 2].Client, StickyPool.Conversation(turn), headers: ("x-session-id", "across-replicas")));
        }

        Assert.Single(answers.Select(answer => answer.Model).Distinct());
        Assert.Equal(["new", .. Enumerable.Repeat("sticky", 7)], answers.Select(answer => answer.Session));
    }

    [Fact]
    public async Task RedisStalled_ConversationIsStillServed_AndStaysOnItsModel()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        await using var host = await StickyPool.StartAsync(options => options.SharedRedis = redis);
        var session = ("x-session-id", "without-redis");
        var first = await StickyPool.SendAsync(host.Client, StickyPool.Conversation(1), headers: session);

        redis.Pause();
        var stalled = new List<StickyPool.Answer>();
        try
        {
            for (var turn = 2; turn <= 4; turn++)
            {
                stalled.Add(await StickyPool.SendAsync(host.Client, StickyPool.Conversation(turn), headers: session));
            }
        }
        finally
        {
            redis.Resume();
        }

        Assert.All(stalled, answer => Assert.Equal((first.Model, "sticky"), (answer.Model, answer.Session)));
    }
}
