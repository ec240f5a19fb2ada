namespace AspireRouter.RouterApi.Sessions;

/// <summary>Sticky sessions (section <c>Routing:Affinity</c>): how long a conversation stays on the model that served it.</summary>
public sealed class AffinityOptions
{
    public const string SectionName = "Routing:Affinity";

    /// <summary>How long after its last served turn a conversation keeps its model.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The most conversations one replica remembers; a new one past this is routed freely until old ones expire.</summary>
    public int MaxConversations { get; init; } = 100_000;
}
