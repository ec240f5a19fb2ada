using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class ModelAliasRulesTests
{
    [Theory]
    [InlineData("free:tools")]
    [InlineData("free")]
    [InlineData("openrouter/free")]
    [InlineData("meta-llama/llama-3.3-70b-instruct:free")]
    public void Validate_TargetIsAVirtualModelOrAModelId_IsAccepted(string target)
    {
        Assert.True(Validate(new ModelAlias { Name = "gpt-4o", Target = target }).Succeeded);
    }

    [Theory]
    [InlineData("gpt-4o", "free:nope", "'free:nope' is not a virtual model")]
    [InlineData("gpt-4o", "gpt-*", "without '*'")]
    [InlineData("gpt-4o", "my model", "without '*'")]
    [InlineData("free", "free:tools", "'free' names the pool itself")]
    [InlineData("free:vision", "free", "names the pool itself")]
    [InlineData("gpt 4o", "free", "without spaces")]
    [InlineData("", "free", "without spaces")]
    [InlineData("a*b*c*d*", "free", "at most 3 '*'")]
    public void Validate_InvalidNameOrTarget_IsRefusedSayingWhy(string name, string target, string problem)
    {
        var result = Validate(new ModelAlias { Name = name, Target = target });

        Assert.True(result.Failed);
        Assert.Contains(problem, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyTarget_RemovesAShippedAliasAndIsAccepted()
    {
        Assert.True(Validate(new ModelAlias { Name = "claude-*", Target = "" }).Succeeded);
    }

    [Fact]
    public void ShippedAliases_AreValid()
    {
        foreach (var alias in ModelAliasDefaults.All)
        {
            Assert.Null(ModelAliasRules.NameProblem(alias.Name));
            Assert.Null(ModelAliasRules.TargetProblem(alias.Target));
        }
    }

    [Fact]
    public void Bind_RoutingAliases_ReadsNamesWithColonsAndTheDefaultsSwitch()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Routing:DefaultAliases"] = "false",
            ["Routing:Aliases:0:Name"] = "meta-llama/llama-3.1-8b-instruct:free",
            ["Routing:Aliases:0:Target"] = "free",
            ["Routing:Aliases:1:Name"] = "claude-*",
            ["Routing:Aliases:1:Target"] = "free:tools",
        }).Build();

        var policy = configuration.GetSection(RoutingPolicy.SectionName).Get<RoutingPolicy>()!;

        Assert.Equal(
            ["claude-* -> free:tools", "meta-llama/llama-3.1-8b-instruct:free -> free"],
            policy.EffectiveAliases().Select(alias => $"{alias.Name} -> {alias.Target}"));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(ModelAlias alias) =>
        new RoutingPolicyValidator().Validate(null, new RoutingPolicy { Aliases = [alias] });
}
