using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class WeightedRandomSelectorTests
{
    private const int Draws = 1000;

    // Chi-square critical values at p = 0.001.
    private const double CriticalNineDegrees = 27.877;
    private const double CriticalOneDegree = 10.828;

    [Fact]
    public void Order_TenEqualWeights_FirstPickIsUniform()
    {
        var counts = FirstPicks(Enumerable.Repeat(1.0, 10).ToArray(), seed: 20260501);

        Assert.All(counts, count => Assert.InRange(count, 50, 150));
        Assert.True(ChiSquare(counts, [.. Enumerable.Repeat(0.1, 10)]) < CriticalNineDegrees);
    }

    [Fact]
    public void Order_WeightsThreeToOne_FirstPickIsSeventyFiveTwentyFive()
    {
        var counts = FirstPicks([3.0, 1.0], seed: 7);

        Assert.InRange(counts[0], 700, 800);
        Assert.True(ChiSquare(counts, [0.75, 0.25]) < CriticalOneDegree);
    }

    [Fact]
    public void Order_FullLength_IsAPermutationOfThePositiveWeights()
    {
        var selector = Selector(seed: 1);
        double[] weights = [1, 0, 2, 5, 0.5, 0, 1, 1];
        var order = new int[weights.Length];

        for (var draw = 0; draw < 200; draw++)
        {
            var count = selector.Order(weights, order);

            Assert.Equal(6, count);
            Assert.Equal(count, order.Take(count).Distinct().Count());
            Assert.DoesNotContain(order.Take(count), position => weights[position] == 0);
        }
    }

    [Fact]
    public void Order_ExcludedWeights_NeverAppear()
    {
        var selector = Selector(seed: 3);
        double[] weights = [0, -1, double.NaN, 1, 0];
        var order = new int[3];

        for (var draw = 0; draw < 200; draw++)
        {
            Assert.Equal(1, selector.Order(weights, order));
            Assert.Equal(3, order[0]);
        }
    }

    [Fact]
    public void Order_LongerThanTheStackBuffer_StillSamplesWithoutDuplicates()
    {
        var weights = Enumerable.Range(1, 500).Select(i => (double)i).ToArray();
        var order = new int[200];

        var count = Selector(seed: 5).Order(weights, order);

        Assert.Equal(200, count);
        Assert.Equal(200, order.Distinct().Count());
    }

    [Fact]
    public void Order_SameSeed_SameSequence()
    {
        var weights = Enumerable.Repeat(1.0, 20).ToArray();
        var first = new int[5];
        var second = new int[5];

        Selector(seed: 11).Order(weights, first);
        Selector(seed: 11).Order(weights, second);

        Assert.Equal(first, second);
    }

    private static int[] FirstPicks(double[] weights, int seed)
    {
        var selector = Selector(seed);
        var counts = new int[weights.Length];
        var order = new int[1];
        for (var draw = 0; draw < Draws; draw++)
        {
            Assert.Equal(1, selector.Order(weights, order));
            counts[order[0]]++;
        }

        return counts;
    }

    private static double ChiSquare(int[] observed, double[] expectedShares) =>
        observed.Select((count, i) => Math.Pow(count - (Draws * expectedShares[i]), 2) / (Draws * expectedShares[i])).Sum();

    private static WeightedRandomSelector Selector(int seed) => new(new RandomSource(new Random(seed)));
}
