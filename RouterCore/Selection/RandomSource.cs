namespace AspireRouter.RouterCore.Selection;

/// <summary>An <see cref="IRandomSource"/> over a <see cref="Random"/>; <see cref="Shared"/> is thread-safe, a seeded one is not.</summary>
public sealed class RandomSource(Random random) : IRandomSource
{
    public static RandomSource Shared { get; } = new(Random.Shared);

    public double NextDouble() => random.NextDouble();
}
