using System.Collections.Concurrent;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// Notices a free tier that died: a scope (a key of a provider's pool, named by its <see cref="ProviderKey.QuotaScope"/>) whose every answer over <see cref="GoneOptions.Window"/> is a
/// refusal (<see cref="GoneSignal"/>) is gone, takes no traffic but a probe every <see cref="GoneOptions.ProbeInterval"/>,
/// and is back on its first success. Says so in one log line each way.
/// </summary>
public sealed partial class GoneTracker(IOptions<AvailabilityOptions> options, TimeProvider time, ILogger<GoneTracker> logger)
{
    private readonly GoneOptions _options = options.Value.Gone;
    private readonly ConcurrentDictionary<string, GoneScope> _scopes = new(StringComparer.Ordinal);

    /// <summary>Raised when this process marks a scope gone (not when it learns it from another), to share it.</summary>
    public event Action<GoneStatus>? WentGone;

    /// <summary>Raised with the scope's name when a success here brings a gone scope back.</summary>
    public event Action<string>? Returned;

    public GoneStatus? Get(string scope) => _scopes.TryGetValue(scope, out var state) ? state.Status : null;

    /// <summary>Whether the provider is gone: every key of its pool is (<see cref="ProviderGone"/>).</summary>
    public GoneStatus? GetProvider(ProviderKeyRing ring) => ProviderGone.Of(ring, key => Get(key.QuotaScope));

    public IReadOnlyList<GoneStatus> All()
    {
        var gone = new List<GoneStatus>();
        foreach (var state in _scopes.Values)
        {
            if (state.Status is { } status)
            {
                gone.Add(status);
            }
        }

        return gone;
    }

    public void RecordFailure(string scope, UpstreamFailure failure) => RecordFailure(Scope(scope), failure);

    public void RecordSuccess(string scope)
    {
        if (_scopes.TryGetValue(scope, out var state))
        {
            RecordSuccess(state);
        }
    }

    /// <summary>Replaces what other replicas said with the shared set: those listed are gone, every other scope is not.</summary>
    public void ApplyShared(IReadOnlyCollection<GoneStatus> shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var now = time.GetUtcNow();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var status in shared)
        {
            listed.Add(status.Scope);
            Scope(status.Scope).Apply(status, now, _options.ProbeInterval);
        }

        foreach (var (name, state) in _scopes)
        {
            if (!listed.Contains(name) && state.Status is not null)
            {
                state.Apply(null, now, _options.ProbeInterval);
            }
        }
    }

    internal GoneScope Scope(string scope) => _scopes.GetOrAdd(scope, static name => new GoneScope(name));

    internal bool TryClaimProbe(GoneScope scope) => scope.TryClaimProbe(time.GetUtcNow(), _options.ProbeInterval);

    internal void RecordFailure(GoneScope scope, UpstreamFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (!GoneSignal.Is(failure))
        {
            return;
        }

        if (scope.RecordRefusal(time.GetUtcNow(), _options, GoneSignal.MessageOf(failure), failure.StatusCode) is { } gone)
        {
            LogGone(scope.Name, _options.Window, gone.Message, _options.ProbeInterval);
            WentGone?.Invoke(gone);
        }
    }

    internal void RecordSuccess(GoneScope scope)
    {
        if (scope.RecordSuccess())
        {
            LogReturned(scope.Name);
            Returned?.Invoke(scope.Name);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "{Scope} is gone: it refused every request for {Window} ({Message}); it takes no traffic but a probe every {ProbeInterval}")]
    private partial void LogGone(string scope, TimeSpan window, string message, TimeSpan probeInterval);

    [LoggerMessage(2, LogLevel.Warning, "{Scope} is back: a request succeeded after it was gone")]
    private partial void LogReturned(string scope);
}
