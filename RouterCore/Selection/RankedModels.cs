namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// Catalog positions ranked by one key (a context window, a parameter count) from the largest down, the models whose key is
/// unknown first, with the running sum of their sampling weights: the models with a key in a range are a slice, and a
/// weighted draw from a slice is a binary search.
/// </summary>
internal sealed class RankedModels
{
    private readonly int[] _positions;
    private readonly double[] _keys;
    private readonly double[] _cumulativeWeights;

    private RankedModels(int[] positions, double[] keys, int unknown, double[] cumulativeWeights)
    {
        _positions = positions;
        _keys = keys;
        Unknown = unknown;
        _cumulativeWeights = cumulativeWeights;
    }

    /// <summary>How many models, from the first, have no key.</summary>
    public int Unknown { get; }

    public int Count => _positions.Length;

    /// <param name="positions">The catalog positions to rank.</param>
    /// <param name="keyOf">A position's key; NaN when unknown.</param>
    /// <param name="weightOf">A position's sampling weight, above 0.</param>
    public static RankedModels Build(IReadOnlyList<int> positions, Func<int, double> keyOf, Func<int, double> weightOf)
    {
        // Unknown keys first, then descending; ties keep catalog order.
        var ranked = positions.OrderBy(position => double.IsNaN(keyOf(position)) ? 0 : 1).ThenByDescending(position => keyOf(position)).ToArray();
        var keys = Array.ConvertAll(ranked, position => keyOf(position));
        return new RankedModels(ranked, keys, keys.Count(double.IsNaN), Sums(ranked, weightOf));
    }

    /// <summary>The same ranking with other sampling weights.</summary>
    public RankedModels Reweighted(Func<int, double> weightOf) => new(_positions, _keys, Unknown, Sums(_positions, weightOf));

    /// <summary>The slice of models whose key is at least <paramref name="min"/> and at most <paramref name="max"/>, with or without the unknown ones.</summary>
    public (int Start, int End) Slice(double min, double max, bool withUnknown)
    {
        var end = FirstBelow(min);
        var start = Unknown;
        if (max < double.PositiveInfinity)
        {
            start = FirstAtMost(max);
        }
        else if (withUnknown)
        {
            start = 0;
        }

        return (start, Math.Max(start, end));
    }

    /// <summary>The sum of the sampling weights of the slice [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public double WeightOf(int start, int end) => start >= end ? 0 : _cumulativeWeights[end - 1] - (start == 0 ? 0 : _cumulativeWeights[start - 1]);

    /// <summary>The catalog position of the model of the slice starting at <paramref name="start"/> where <paramref name="offset"/>, a weight from the slice's start, falls.</summary>
    public int Draw(int start, int end, double offset)
    {
        var target = offset + (start == 0 ? 0 : _cumulativeWeights[start - 1]);
        int low = start, high = end - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_cumulativeWeights[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return _positions[low];
    }

    // The first rank after the unknown ones whose key is below min (keys descend).
    private int FirstBelow(double min)
    {
        int low = Unknown, high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_keys[middle] >= min)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // The first rank after the unknown ones whose key is at most max.
    private int FirstAtMost(double max)
    {
        int low = Unknown, high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_keys[middle] > max)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static double[] Sums(int[] positions, Func<int, double> weightOf)
    {
        var sums = new double[positions.Length];
        var sum = 0d;
        for (var i = 0; i < positions.Length; i++)
        {
            sum += weightOf(positions[i]);
            sums[i] = sum;
        }

        return sums;
    }
}
