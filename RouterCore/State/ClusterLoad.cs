using AspireRouter.RouterCore.Load;

namespace AspireRouter.RouterCore.State;

/// <summary>Load per model summed over <paramref name="Replicas"/> live replicas; <paramref name="Shared"/> is false when Redis was unreachable (this replica only).</summary>
public sealed record ClusterLoad(IReadOnlyDictionary<string, ModelLoadSample> Models, int Replicas, bool Shared)
{
    public ModelLoadSample For(string modelId) => Models.TryGetValue(modelId, out var sample) ? sample : new ModelLoadSample(modelId, 0, 0);
}
