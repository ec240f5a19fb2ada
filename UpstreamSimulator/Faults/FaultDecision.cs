namespace AspireRouter.UpstreamSimulator.Faults;

/// <summary>The fault a request gets: its kind (see <see cref="Configuration.FaultKinds"/>) and the wait it announces.</summary>
internal sealed record FaultDecision(string Kind, int? RetryAfterSeconds)
{
    public int RetryAfterOr(int usual) => RetryAfterSeconds ?? usual;
}
