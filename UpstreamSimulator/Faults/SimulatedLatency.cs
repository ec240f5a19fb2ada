namespace AspireRouter.UpstreamSimulator.Faults;

/// <summary>How long a model takes: to its first token, then between tokens.</summary>
internal sealed record SimulatedLatency(TimeSpan TimeToFirstToken, TimeSpan BetweenTokens)
{
    public static SimulatedLatency None { get; } = new(TimeSpan.Zero, TimeSpan.Zero);

    public bool IsNone => TimeToFirstToken <= TimeSpan.Zero && BetweenTokens <= TimeSpan.Zero;

    /// <summary>The whole answer's time, for replies that are not streamed.</summary>
    public TimeSpan Total(int tokens) => TimeToFirstToken + (BetweenTokens * Math.Max(0, tokens - 1));

    /// <summary>Waits on the simulator's clock, so a test's fake clock decides when the time has passed.</summary>
    public static Task Wait(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
}
