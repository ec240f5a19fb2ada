namespace AspireRouter.RouterApi.Status;

/// <summary>How many pool models there are by state, by capability, and behind each virtual model (preset).</summary>
internal sealed record PoolCounts(
    IReadOnlyDictionary<string, int> States,
    IReadOnlyDictionary<string, int> Capabilities,
    IReadOnlyDictionary<string, int> VirtualModels);
