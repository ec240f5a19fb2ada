using AspireRouter.AdminPortal.Live;
using AspireRouter.AdminPortal.Tests.Common;

namespace AspireRouter.AdminPortal.Tests.Live;

public sealed class ModelShareCalculatorTests
{
    private static readonly DateTimeOffset Now = PortalTestContext.Start;

    [Fact]
    public void Compute_GivesEachModelsPercentagePerBucket_AndFoldsTheRestIntoOther()
    {
        var decisions = new[]
        {
            TestModels.Decision(Now.AddSeconds(-5), "a:free"),
            TestModels.Decision(Now.AddSeconds(-6), "a:free"),
            TestModels.Decision(Now.AddSeconds(-7), "b:free"),
            TestModels.Decision(Now.AddSeconds(-8), "c:free"),
            TestModels.Decision(Now.AddSeconds(-45), "b:free"),
            TestModels.Decision(Now.AddSeconds(-9), "failed:free", status: 503),
        };

        var share = ModelShareCalculator.Compute(decisions, Now, TimeSpan.FromSeconds(30), buckets: 2, maxModels: 2);

        Assert.Equal(["11:59:00", "11:59:30"], share.Labels);
        Assert.Equal(["a:free", "b:free", "other"], share.Series.Select(series => series.Model));
        Assert.Equal([0, 50], share.Series[0].Percentages);
        Assert.Equal([100, 25], share.Series[1].Percentages);
        Assert.Equal([0, 25], share.Series[2].Percentages);
    }
}
