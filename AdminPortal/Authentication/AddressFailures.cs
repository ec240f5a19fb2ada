namespace AspireRouter.AdminPortal.Authentication;

/// <summary>The recent failed sign-ins of one client address and the lockout they earned.</summary>
internal sealed class AddressFailures
{
    private readonly Lock _lock = new();
    private int _count;
    private DateTimeOffset _lastFailure;
    private DateTimeOffset _lockedUntil;

    public TimeSpan RetryAfter(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _lockedUntil > now ? _lockedUntil - now : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a failure; from the <see cref="SignInThrottleOptions.FailuresBeforeLockout"/>th on, each one doubles the lockout.</summary>
    public void Record(DateTimeOffset now, SignInThrottleOptions options)
    {
        lock (_lock)
        {
            if (now - _lastFailure > options.FailureWindow)
            {
                _count = 0;
            }

            _count++;
            _lastFailure = now;
            var beyond = _count - options.FailuresBeforeLockout;
            if (beyond >= 0)
            {
                var lockout = options.FirstLockout * Math.Pow(2, Math.Min(beyond, 30));
                _lockedUntil = now + (lockout < options.MaxLockout ? lockout : options.MaxLockout);
            }
        }
    }

    /// <summary>True when nothing about this address is worth remembering any more.</summary>
    public bool IsForgotten(DateTimeOffset now, SignInThrottleOptions options)
    {
        lock (_lock)
        {
            return now - _lastFailure > options.FailureWindow && _lockedUntil <= now;
        }
    }
}
