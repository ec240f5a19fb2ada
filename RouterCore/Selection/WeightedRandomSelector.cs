using System.Buffers;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.Selection;

/// <summary>Weighted random sampling without replacement (Efraimidis–Spirakis): the order of the sample is the fallback order.</summary>
public sealed class WeightedRandomSelector(IRandomSource random) : ICandidateSelector
{
    public const string StrategyName = "weighted-random";

    private const int StackLimit = 64;

    public string Name => StrategyName;

    public int Order(ReadOnlySpan<double> weights, Span<int> order)
    {
        if (order.IsEmpty)
        {
            return 0;
        }

        double[]? rented = null;
        var keys = order.Length <= StackLimit
            ? stackalloc double[StackLimit]
            : rented = ArrayPool<double>.Shared.Rent(order.Length);
        var filled = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            // The key u^(1/w) compared as ln(u)/w: same order, no underflow for small weights.
            if (weights[i] > 0)
            {
                filled = KeepLargest(keys[..order.Length], order, filled, Math.Log(random.NextDouble()) / weights[i], i);
            }
        }

        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return filled;
    }

    /// <summary>Samples a large pool through its index instead of a key per model (see <see cref="IndexedSampler"/>); -1 means scan instead.</summary>
    internal int OrderIndexed(
        CandidateTable table, CandidateIndex index, in RequestRequirements requirements, DateTimeOffset now, ReadOnlySpan<int> exclude, Span<int> order) =>
        IndexedSampler.Sample(table, index, requirements, now, exclude, order, random);

    // Keeps keys (and their positions) sorted from largest down, holding at most keys.Length of them.
    private static int KeepLargest(Span<double> keys, Span<int> order, int filled, double key, int position)
    {
        if (filled == keys.Length && key <= keys[^1])
        {
            return filled;
        }

        var slot = Math.Min(filled, keys.Length - 1);
        while (slot > 0 && keys[slot - 1] < key)
        {
            keys[slot] = keys[slot - 1];
            order[slot] = order[slot - 1];
            slot--;
        }

        keys[slot] = key;
        order[slot] = position;
        return Math.Min(filled + 1, keys.Length);
    }
}
