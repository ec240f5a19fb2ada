namespace AspireRouter.Goodput;

/// <summary>What one client saw, counted from concurrent requests.</summary>
internal sealed class Outcomes
{
    private long _requests;
    private long _served;
    private long _refused;
    private long _failed;
    private long _upstreamCalls;
    private long _upstream429;

    public long Requests => Interlocked.Read(ref _requests);

    public long Served => Interlocked.Read(ref _served);

    /// <summary>Requests answered 429 in the end (the client got no completion).</summary>
    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Requests that ended any other way than 200 or 429.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public long UpstreamCalls => Interlocked.Read(ref _upstreamCalls);

    public long Upstream429 => Interlocked.Read(ref _upstream429);

    public void Request() => Interlocked.Increment(ref _requests);

    public void Answer(int status)
    {
        switch (status)
        {
            case 200:
                Interlocked.Increment(ref _served);
                break;
            case 429:
                Interlocked.Increment(ref _refused);
                break;
            default:
                Interlocked.Increment(ref _failed);
                break;
        }
    }

    public void UpstreamCall(int status)
    {
        Interlocked.Increment(ref _upstreamCalls);
        if (status == 429)
        {
            Interlocked.Increment(ref _upstream429);
        }
    }

    /// <summary>Sets the upstream side from the simulator's log (the router's calls are not visible to its client).</summary>
    public void SetUpstream(long calls, long refused) => (_upstreamCalls, _upstream429) = (calls, refused);
}
