using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class CircuitBreakerTests
{
    private static readonly CircuitBreakerOptions Options = new()
    {
        ConsecutiveFailures = 3,
        FailureRatio = 0.5,
        MinimumThroughput = 6,
        SamplingDuration = TimeSpan.FromSeconds(60),
        BreakDuration = TimeSpan.FromSeconds(30),
    };

    private readonly FakeTimeProvider _time = new();
    private readonly CircuitBreaker _circuit;

    public CircuitBreakerTests() => _circuit = new CircuitBreaker(Options, _time);

    [Fact]
    public void RecordFailure_ConsecutiveThreshold_OpensTheCircuit()
    {
        Fail(2);
        Assert.Equal(CircuitState.Closed, _circuit.State);

        Fail(1);

        Assert.Equal(CircuitState.Open, _circuit.State);
        Assert.False(_circuit.AllowsRequest(_time.GetUtcNow()));
        Assert.False(_circuit.TryAcquire());
    }

    [Fact]
    public void RecordSuccess_BetweenFailures_ResetsTheConsecutiveCount()
    {
        Fail(2);
        _circuit.RecordSuccess();
        Fail(2);

        Assert.Equal(CircuitState.Closed, _circuit.State);
    }

    [Fact]
    public void RecordFailure_RatioOverMinimumThroughput_OpensTheCircuit()
    {
        for (var i = 0; i < 3; i++)
        {
            _circuit.RecordSuccess();
            _circuit.RecordFailure();
        }

        Assert.Equal(CircuitState.Open, _circuit.State);
    }

    [Fact]
    public void RecordFailure_RatioBelowMinimumThroughput_StaysClosed()
    {
        _circuit.RecordSuccess();
        _circuit.RecordFailure();
        _circuit.RecordSuccess();
        _circuit.RecordFailure();

        Assert.Equal(CircuitState.Closed, _circuit.State);
    }

    [Fact]
    public void RecordFailure_OldAttemptsOutsideSamplingWindow_DoNotCount()
    {
        for (var i = 0; i < 2; i++)
        {
            _circuit.RecordSuccess();
            _circuit.RecordFailure();
        }

        _time.Advance(Options.SamplingDuration);
        _circuit.RecordSuccess();
        _circuit.RecordFailure();

        Assert.Equal(CircuitState.Closed, _circuit.State);
    }

    [Fact]
    public void TryAcquire_AfterBreak_LetsExactlyOneTrialThrough()
    {
        Fail(3);
        _time.Advance(Options.BreakDuration);

        Assert.Equal(CircuitState.HalfOpen, _circuit.State);
        Assert.True(_circuit.AllowsRequest(_time.GetUtcNow()));
        Assert.True(_circuit.TryAcquire());
        Assert.False(_circuit.AllowsRequest(_time.GetUtcNow()));
        Assert.False(_circuit.TryAcquire());
    }

    [Fact]
    public void RecordSuccess_DuringTrial_ClosesTheCircuit()
    {
        Fail(3);
        _time.Advance(Options.BreakDuration);
        _circuit.TryAcquire();

        _circuit.RecordSuccess();

        Assert.Equal(CircuitState.Closed, _circuit.State);
        Assert.True(_circuit.TryAcquire());
        Assert.True(_circuit.TryAcquire());
    }

    [Fact]
    public void RecordFailure_DuringTrial_OpensForAnotherBreak()
    {
        Fail(3);
        _time.Advance(Options.BreakDuration);
        _circuit.TryAcquire();

        _circuit.RecordFailure();

        Assert.Equal(CircuitState.Open, _circuit.State);
        _time.Advance(Options.BreakDuration - TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.Open, _circuit.State);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, _circuit.State);
    }

    [Fact]
    public void TryAcquire_TrialNeverReported_AllowsAnotherAfterABreak()
    {
        Fail(3);
        _time.Advance(Options.BreakDuration);
        _circuit.TryAcquire();

        _time.Advance(Options.BreakDuration);

        Assert.True(_circuit.TryAcquire());
    }

    private void Fail(int times)
    {
        for (var i = 0; i < times; i++)
        {
            _circuit.RecordFailure();
        }
    }
}
