using System.Collections.Frozen;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>One OpenAI-compatible provider as served now: its keys and its models, which can change at runtime.</summary>
internal sealed class GenericProvider(string name, GenericProviderOptions options)
{
    private readonly Lock _gate = new();
    private IReadOnlyList<GenericModelOptions> _models = [.. options.Models];
    private FrozenDictionary<string, GenericModelOptions> _byId = options.Models.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal);

    public string Name { get; } = name;

    public IReadOnlyList<string> ApiKeys { get; } = [.. options.ApiKeys];

    public IReadOnlyList<GenericModelOptions> Models => Volatile.Read(ref _models);

    public GenericModelOptions? Find(string id) => Volatile.Read(ref _byId).GetValueOrDefault(id);

    /// <summary>Adds the model, or replaces the one with the same id (its limits included).</summary>
    public void Set(GenericModelOptions model)
    {
        lock (_gate)
        {
            Publish(_models.Any(m => m.Id == model.Id) ? _models.Select(m => m.Id == model.Id ? model : m) : _models.Append(model));
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            var found = _byId.ContainsKey(id);
            Publish(_models.Where(m => m.Id != id));
            return found;
        }
    }

    private void Publish(IEnumerable<GenericModelOptions> models)
    {
        var list = models.ToList();
        Volatile.Write(ref _byId, list.ToFrozenDictionary(m => m.Id, StringComparer.Ordinal));
        Volatile.Write(ref _models, list);
    }
}
