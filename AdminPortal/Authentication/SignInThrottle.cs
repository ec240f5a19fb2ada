using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>
/// Slows password guessing: an address that failed too often is refused for a doubling delay, and too many failures per
/// minute from all addresses together close sign-in for the rest of that minute. In memory, so per portal replica.
/// </summary>
internal sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider time)
{
    /// <summary>Beyond this many remembered addresses, the forgotten ones are dropped on the next failure.</summary>
    private const int PruneAbove = 1_024;

    private readonly ConcurrentDictionary<string, AddressFailures> _addresses = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private long _globalMinute;
    private int _globalFailures;

    /// <summary>How long sign-ins from <paramref name="address"/> are still refused; zero when it may try.</summary>
    public TimeSpan RetryAfter(IPAddress? address)
    {
        var now = time.GetUtcNow();
        var local = _addresses.TryGetValue(KeyOf(address), out var failures) ? failures.RetryAfter(now) : TimeSpan.Zero;
        var global = GlobalRetryAfter(now);
        return local > global ? local : global;
    }

    public void RecordFailure(IPAddress? address)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        _addresses.GetOrAdd(KeyOf(address), static _ => new AddressFailures()).Record(now, settings);
        lock (_globalLock)
        {
            var minute = now.ToUnixTimeSeconds() / 60;
            _globalFailures = minute == _globalMinute ? _globalFailures + 1 : 1;
            _globalMinute = minute;
        }

        if (_addresses.Count > PruneAbove)
        {
            foreach (var (key, entry) in _addresses)
            {
                if (entry.IsForgotten(now, settings))
                {
                    _addresses.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>A right password forgives the address its failures.</summary>
    public void RecordSuccess(IPAddress? address) => _addresses.TryRemove(KeyOf(address), out _);

    private TimeSpan GlobalRetryAfter(DateTimeOffset now)
    {
        lock (_globalLock)
        {
            var minute = now.ToUnixTimeSeconds() / 60;
            return minute == _globalMinute && _globalFailures >= options.Value.GlobalFailuresPerMinute
                ? DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now
                : TimeSpan.Zero;
        }
    }

    /// <summary>IPv4 addresses count one by one; IPv6 ones by their /64, which one client usually holds whole.</summary>
    private static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPNetwork(new IPAddress([.. address.GetAddressBytes().AsSpan(0, 8), .. new byte[8]]), 64).ToString()
            : address.ToString();
    }
}
