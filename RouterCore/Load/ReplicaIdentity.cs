namespace AspireRouter.RouterCore.Load;

/// <summary>This process's name among the replicas that publish their load: machine, process, and a random part per start.</summary>
public sealed class ReplicaIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
