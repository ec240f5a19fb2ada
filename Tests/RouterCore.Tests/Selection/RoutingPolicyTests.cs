using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class RoutingPolicyTests
{
    [Fact]
    public void Bind_RoutingSection_ReadsWeightsBlocklistAndLimits()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Routing:Weights:0:Model"] = "meta-llama/llama-3.3-70b-instruct:free",
            ["Routing:Weights:0:Weight"] = "3",
            ["Routing:Weights:1:Model"] = "qwen/qwen3-coder:free",
            ["Routing:Weights:1:Weight"] = "0",
            ["Routing:Blocked:0"] = "bad/model:free",
            ["Routing:AttemptBudget"] = "6",
            ["Routing:Deadline"] = "00:00:30",
        }).Build();

        var policy = configuration.GetSection(RoutingPolicy.SectionName).Get<RoutingPolicy>()!;

        var weights = policy.WeightsById();
        Assert.Equal(3, weights["meta-llama/llama-3.3-70b-instruct:free"]);
        Assert.Equal(0, weights["qwen/qwen3-coder:free"]);
        Assert.Equal(2, weights.Count);
        Assert.True(policy.IsBlocked("bad/model:free"));
        Assert.False(policy.IsBlocked("meta-llama/llama-3.3-70b-instruct:free"));
        Assert.Equal(6, policy.AttemptBudget);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Deadline);
    }

    [Fact]
    public void Defaults_AreWeightedRandomFourAttemptsSixtySeconds()
    {
        var policy = new RoutingPolicy();

        Assert.Equal(WeightedRandomSelector.StrategyName, policy.Strategy);
        Assert.Equal(4, policy.AttemptBudget);
        Assert.Equal(TimeSpan.FromSeconds(60), policy.Deadline);
    }

    [Theory]
    [InlineData(0, 60, 1.0, false)]
    [InlineData(33, 60, 1.0, false)]
    [InlineData(4, 0, 1.0, false)]
    [InlineData(4, 60, -1.0, false)]
    [InlineData(4, 60, double.PositiveInfinity, false)]
    [InlineData(4, 60, 2.5, true)]
    public void Validate_Limits_RejectsNonsense(int budget, int deadlineSeconds, double weight, bool valid)
    {
        var policy = new RoutingPolicy
        {
            AttemptBudget = budget,
            Deadline = TimeSpan.FromSeconds(deadlineSeconds),
            Weights = [new ModelWeight { Model = "m", Weight = weight }],
        };

        Assert.Equal(valid, new RoutingPolicyValidator().Validate(null, policy).Succeeded);
    }
}
