using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// The pool models with one set of capabilities (operator weight above 0, not blocked), ordered for sampling without a scan:
/// models whose context window is unknown first, then the largest windows down, so the models fitting a request's context are
/// a prefix; with the running sum of their operator weights, a weighted draw from that prefix is a binary search.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly int[] _positions;
    private readonly int[] _contexts;
    private readonly double[] _cumulativeWeights;
    private readonly int _unknownContexts;

    private CandidateIndex(int[] positions, int[] contexts, double[] cumulativeWeights, int unknownContexts)
    {
        _positions = positions;
        _contexts = contexts;
        _cumulativeWeights = cumulativeWeights;
        _unknownContexts = unknownContexts;
    }

    public static CandidateIndex Build(CandidateTable table, ModelCapabilities capabilities)
    {
        var models = table.Catalog.Models;
        var positions = new List<int>();
        for (var i = 0; i < models.Length; i++)
        {
            if (table.OperatorWeights[i] > 0 && (models[i].Capabilities & capabilities) == capabilities)
            {
                positions.Add(i);
            }
        }

        // Unknown (0) windows first, then descending; ties keep catalog order.
        var ordered = positions.OrderBy(position => models[position].ContextLength == 0 ? 0 : 1)
            .ThenByDescending(position => models[position].ContextLength)
            .ToArray();
        var contexts = new int[ordered.Length];
        var cumulative = new double[ordered.Length];
        var sum = 0d;
        for (var i = 0; i < ordered.Length; i++)
        {
            contexts[i] = models[ordered[i]].ContextLength;
            sum += table.OperatorWeights[ordered[i]];
            cumulative[i] = sum;
        }

        return new CandidateIndex(ordered, contexts, cumulative, contexts.Count(context => context == 0));
    }

    /// <summary>How many of the indexed models fit <paramref name="minContextTokens"/> (they come first).</summary>
    public int CountFitting(int minContextTokens)
    {
        int low = _unknownContexts, high = _contexts.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_contexts[middle] >= minContextTokens)
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

    /// <summary>The catalog position of a model drawn from the first <paramref name="count"/> by operator weight; <paramref name="uniform"/> in [0, 1).</summary>
    public int Draw(double uniform, int count)
    {
        var target = uniform * _cumulativeWeights[count - 1];
        int low = 0, high = count - 1;
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
}
