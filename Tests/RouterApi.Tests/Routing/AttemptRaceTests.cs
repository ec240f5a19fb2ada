using AspireRouter.RouterApi.Routing;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Routing;

/// <summary>A request's primary attempt and its hedge: exactly one answers, the headers count both, the loser is cancelled.</summary>
public sealed class AttemptRaceTests
{
    [Fact]
    public void TryCommit_FirstClaimWins_AndCountsEveryAttemptStarted()
    {
        var race = new AttemptRace();
        using var primary = Start(race);
        using var hedge = Start(race);

        Assert.Equal(2, hedge.TryCommit());
        Assert.Null(primary.TryCommit());
        Assert.True(primary.HasLost);
        Assert.False(hedge.HasLost);
        Assert.True(race.Committed.IsCompleted);
        Assert.False(race.TryStart());
    }

    [Fact]
    public void Abandon_BeforeItCommits_CancelsTheAttempt_AndItCanNoLongerAnswer()
    {
        var race = new AttemptRace();
        using var primary = Start(race);

        primary.Abandon();

        Assert.True(primary.Token.IsCancellationRequested);
        Assert.Null(primary.TryCommit());
        Assert.False(race.Committed.IsCompleted);
    }

    [Fact]
    public void Abandon_AfterItCommitted_LeavesTheAnswerRunning()
    {
        var race = new AttemptRace();
        using var primary = Start(race);
        Assert.Equal(1, primary.TryCommit());

        primary.Abandon();

        Assert.False(primary.Token.IsCancellationRequested);
        Assert.True(primary.FirstByte.IsCompleted);
    }

    [Fact]
    public async Task FirstByteWithin_AfterTheFirstByteCame_IsTrueAtOnce_AndStaysTrue()
    {
        var clock = new FakeTimeProvider();
        using var primary = Start(new AttemptRace());
        primary.MarkFirstByte();

        var within = primary.FirstByteWithin(TimeSpan.FromSeconds(2), clock);
        clock.Advance(TimeSpan.FromSeconds(3));

        Assert.True(within.IsCompletedSuccessfully);
        Assert.True(await within);
        Assert.True(await primary.FirstByte);
    }

    [Fact]
    public async Task FirstByteWithin_DueTimePassedFirst_IsFalse_AndALateFirstByteLeavesItFalse()
    {
        var clock = new FakeTimeProvider();
        using var primary = Start(new AttemptRace());

        var within = primary.FirstByteWithin(TimeSpan.FromSeconds(2), clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(within.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        primary.MarkFirstByte();

        Assert.True(within.IsCompletedSuccessfully);
        Assert.False(await within);
        Assert.False(await primary.FirstByte);
    }

    private static AttemptLane Start(AttemptRace race)
    {
        Assert.True(race.TryStart());
        return new AttemptLane(race, TestContext.Current.CancellationToken);
    }
}
