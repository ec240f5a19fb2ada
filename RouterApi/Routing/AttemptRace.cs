namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// A request's attempts racing for the client's response: counts the attempts started and lets exactly one commit; once one
/// has, no further attempt starts. Lock-free: one word holds the count and the committed flag.
/// </summary>
internal sealed class AttemptRace
{
    private const int CommittedFlag = 1 << 30;
    private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    /// <summary>Completes when an attempt has claimed the client's response.</summary>
    public Task Committed => _committed.Task;

    /// <summary>Counts one more attempt; false once an attempt has committed.</summary>
    public bool TryStart()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if ((state & CommittedFlag) != 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _state, state + 1, state) == state)
            {
                return true;
            }
        }
    }

    /// <summary>Claims the client's response: the attempts started so far (for <c>x-router-attempts</c>), or 0 when another attempt claimed it.</summary>
    public int TryCommit()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if ((state & CommittedFlag) != 0)
            {
                return 0;
            }

            if (Interlocked.CompareExchange(ref _state, state | CommittedFlag, state) == state)
            {
                _committed.TrySetResult();
                return state;
            }
        }
    }
}
