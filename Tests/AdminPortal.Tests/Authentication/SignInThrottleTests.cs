using System.Net;
using AspireRouter.AdminPortal.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.AdminPortal.Tests.Authentication;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly SignInThrottle _throttle;

    public SignInThrottleTests() =>
        _throttle = new SignInThrottle(
            Options.Create(new SignInThrottleOptions { FailuresBeforeLockout = 2, FirstLockout = TimeSpan.FromSeconds(30), MaxLockout = TimeSpan.FromMinutes(2), GlobalFailuresPerMinute = 1_000 }),
            _time);

    [Fact]
    public void TheLockout_DoublesWithEachFurtherFailure_UpToTheMaximum()
    {
        var address = IPAddress.Parse("203.0.113.1");
        var lockouts = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            _throttle.RecordFailure(address);
            lockouts.Add(_throttle.RetryAfter(address));
            _time.Advance(lockouts[^1]);
        }

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(120)], lockouts);
    }

    [Fact]
    public void Failures_AreForgottenAfterTheFailureWindow()
    {
        var address = IPAddress.Parse("203.0.113.1");
        _throttle.RecordFailure(address);
        _time.Advance(new SignInThrottleOptions().FailureWindow + TimeSpan.FromSeconds(1));

        _throttle.RecordFailure(address);

        Assert.Equal(TimeSpan.Zero, _throttle.RetryAfter(address));
    }

    [Fact]
    public void IPv6Addresses_InOneSlash64_ShareTheirFailures_AndIPv4MappedOnesCountAsIPv4()
    {
        _throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2::10"));
        _throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2::99"));
        _throttle.RecordFailure(IPAddress.Parse("::ffff:203.0.113.1"));
        _throttle.RecordFailure(IPAddress.Parse("203.0.113.1"));

        Assert.True(_throttle.RetryAfter(IPAddress.Parse("2001:db8:1:2::abc")) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, _throttle.RetryAfter(IPAddress.Parse("2001:db8:1:3::10")));
        Assert.True(_throttle.RetryAfter(IPAddress.Parse("203.0.113.1")) > TimeSpan.Zero);
    }
}
