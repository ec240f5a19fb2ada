using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class FirstTokenOverdueRuleTests
{
    private static readonly FirstTokenOptions Options = new()
    {
        Multiplier = 4,
        Floor = TimeSpan.FromSeconds(2),
        Ceiling = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void DueAfter_Unmeasured_IsTheCeiling() =>
        Assert.Equal(TimeSpan.FromSeconds(10), FirstTokenOverdueRule.DueAfter(double.NaN, Options));

    [Fact]
    public void DueAfter_Measured_IsTheMultipleOfItsP90() =>
        Assert.Equal(TimeSpan.FromSeconds(6), FirstTokenOverdueRule.DueAfter(1500, Options));

    [Fact]
    public void DueAfter_FastModel_IsNeverSoonerThanTheFloor() =>
        Assert.Equal(TimeSpan.FromSeconds(2), FirstTokenOverdueRule.DueAfter(100, Options));

    [Fact]
    public void DueAfter_SlowModel_IsNeverLaterThanTheCeiling() =>
        Assert.Equal(TimeSpan.FromSeconds(10), FirstTokenOverdueRule.DueAfter(8000, Options));
}
