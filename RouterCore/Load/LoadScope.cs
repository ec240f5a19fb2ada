namespace AspireRouter.RouterCore.Load;

/// <summary>One attempt in flight; disposing it ends the attempt.</summary>
public readonly struct LoadScope : IDisposable
{
    private readonly ModelLoad? _load;

    internal LoadScope(ModelLoad load) => _load = load;

    public void Dispose() => _load?.End();
}
