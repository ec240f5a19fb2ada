extern alias simulator;

using AspireRouter.RouterApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>A conversation leaves its model only when that model fails, then sticks to the one that answered; it lets go after the window.</summary>
public sealed class StickySessionFailoverTests
{
    private static readonly (string, string) Session = ("x-session-id", "twenty-turn-conversation");

    [Fact]
    public async Task TwentyTurnConversation_OneModelWhileHealthy_ThenExactlyOneOtherAfterItFails()
    {
        await using var host = await StickyPool.StartAsync();
        var healthy = new List<StickyPool.Answer>();
        for (var turn = 1; turn <= 10; turn++)
        {
            healthy.Add(await StickyPool.SendAsync(host.Client, StickyPool.Conversation(turn), headers: Session));
        }

        var stuck = Assert.Single(healthy.Select(answer => answer.Model).Distinct());
        host.Simulator.AddFault(new FaultRule { Provider = "openrouter", Model = stuck, Kind = FaultKinds.BadGateway502 });
        var afterFailure = new List<StickyPool.Answer>();
        for (var turn = 11; turn <= 20; turn++)
        {
            afterFailure.Add(await StickyPool.SendAsync(host.Client, StickyPool.Conversation(turn), headers: Session));
        }

        var other = Assert.Single(afterFailure.Select(answer => answer.Model).Distinct());
        Assert.NotEqual(stuck, other);
        Assert.Equal(["new", .. Enumerable.Repeat("sticky", 9)], healthy.Select(answer => answer.Session));
        Assert.Equal(["moved", .. Enumerable.Repeat("sticky", 9)], afterFailure.Select(answer => answer.Session));
        Assert.Equal(11, host.Simulator.RequestCount(stuck));
    }

    [Fact]
    public async Task Window_SlidesWithEachServedTurn_AndAConversationIdleLongerStartsAfresh()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StickyPool.StartAsync(options =>
        {
            options.Time = clock;
            options.Settings["Routing:Affinity:Window"] = "00:10:00";
        });

        var first = await StickyPool.SendAsync(host.Client, StickyPool.Conversation(1), headers: Session);
        clock.Advance(TimeSpan.FromMinutes(9));
        var withinWindow = await StickyPool.SendAsync(host.Client, StickyPool.Conversation(2), headers: Session);
        clock.Advance(TimeSpan.FromMinutes(9));
        var windowSlid = await StickyPool.SendAsync(host.Client, StickyPool.Conversation(3), headers: Session);
        clock.Advance(TimeSpan.FromMinutes(11));
        var afterWindow = await StickyPool.SendAsync(host.Client, StickyPool.Conversation(4), headers: Session);

        Assert.Equal("new", first.Session);
        Assert.Equal(("sticky", first.Model), (withinWindow.Session, withinWindow.Model));
        Assert.Equal(("sticky", first.Model), (windowSlid.Session, windowSlid.Model));
        Assert.Equal("new", afterWindow.Session);
    }
}
