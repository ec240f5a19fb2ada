namespace AspireRouter.RouterCore.Selection;

/// <summary>Uniform randomness for selection, injectable so tests can seed it.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}
