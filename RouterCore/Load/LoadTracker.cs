using System.Collections.Concurrent;

namespace AspireRouter.RouterCore.Load;

/// <summary>This process's load per model (attempts in flight, recent rate); counting costs a lookup and two increments.</summary>
public sealed class LoadTracker(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ModelLoad> _models = new(StringComparer.Ordinal);

    /// <summary>Counts an upstream attempt to <paramref name="modelId"/> until the returned scope is disposed.</summary>
    public LoadScope Begin(string modelId)
    {
        var load = _models.GetOrAdd(modelId, static _ => new ModelLoad());
        load.Begin(time.GetUtcNow().ToUnixTimeSeconds());
        return new LoadScope(load);
    }

    /// <summary>Attempts to <paramref name="modelId"/> in flight in this process now.</summary>
    public int InFlight(string modelId) => _models.TryGetValue(modelId, out var load) ? load.InFlight : 0;

    /// <summary>Every model with an attempt in flight or started within the rate window.</summary>
    public List<ModelLoadSample> Sample()
    {
        var second = time.GetUtcNow().ToUnixTimeSeconds();
        var samples = new List<ModelLoadSample>();
        foreach (var (modelId, load) in _models)
        {
            var sample = new ModelLoadSample(modelId, load.InFlight, load.RequestsPerSecond(second));
            if (sample.InFlight > 0 || sample.RequestsPerSecond > 0)
            {
                samples.Add(sample);
            }
        }

        return samples;
    }
}
