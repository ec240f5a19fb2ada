using AspireRouter.RouterApi.Routing;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Routing;

/// <summary>
/// An attempt's time limit cancels its lane's own token: an attempt past its limit stops and says it timed out, one whose stream
/// began in time runs on past it, and a lane cancelled for any other reason did not time out.
/// </summary>
public sealed class AttemptLaneTimeLimitTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void LimitPassed_CancelsTheLane_AndItTimedOut()
    {
        using var lane = Start();
        lane.LimitTime(TimeSpan.FromSeconds(2), _clock);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(lane.Token.IsCancellationRequested);
        Assert.False(lane.TimedOut);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(lane.Token.IsCancellationRequested);
        Assert.True(lane.TimedOut);
    }

    [Fact]
    public void StoppedInTime_TheLaneRunsOnPastTheLimit()
    {
        using var lane = Start();
        lane.LimitTime(TimeSpan.FromSeconds(2), _clock);

        Assert.True(lane.StopTimeLimit());
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(lane.Token.IsCancellationRequested);
        Assert.False(lane.TimedOut);
    }

    [Fact]
    public void StoppedAfterTheLimit_SaysSo_AndTheLaneStaysCancelled()
    {
        using var lane = Start();
        lane.LimitTime(TimeSpan.FromSeconds(2), _clock);
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(lane.StopTimeLimit());
        Assert.True(lane.TimedOut);
        Assert.True(lane.Token.IsCancellationRequested);
    }

    [Fact]
    public void LimitSetAgain_MovesTheDeadline()
    {
        using var lane = Start();
        lane.LimitTime(TimeSpan.FromSeconds(30), _clock);
        _clock.Advance(TimeSpan.FromSeconds(1));

        lane.LimitTime(TimeSpan.FromSeconds(1), _clock);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(lane.TimedOut);
    }

    [Fact]
    public void LimitAlreadyPassed_CancelsAtOnce()
    {
        using var lane = Start();

        lane.LimitTime(TimeSpan.Zero, _clock);

        Assert.True(lane.Token.IsCancellationRequested);
        Assert.True(lane.TimedOut);
    }

    [Fact]
    public void AbandonedWithinTheLimit_IsCancelled_ButDidNotTimeOut()
    {
        using var lane = Start();
        lane.LimitTime(TimeSpan.FromSeconds(2), _clock);

        lane.Abandon();
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.True(lane.Token.IsCancellationRequested);
        Assert.False(lane.TimedOut);
    }

    private static AttemptLane Start()
    {
        var race = new AttemptRace();
        Assert.True(race.TryStart());
        return new AttemptLane(race, TestContext.Current.CancellationToken);
    }
}
