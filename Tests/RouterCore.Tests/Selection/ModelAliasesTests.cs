using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class ModelAliasesTests
{
    private readonly CatalogStore _catalog = new();
    private readonly PolicyStore _policy = new(Options.Create(new RoutingPolicy()));
    private readonly ModelAliases _aliases;

    public ModelAliasesTests()
    {
        _catalog.Replace(TestModels.Snapshot(TestModels.Create("meta/llama-3.3-70b:free"), TestModels.Create("gpt-oss-20b")));
        _aliases = new ModelAliases(_policy, _catalog);
    }

    [Theory]
    [InlineData("claude-sonnet-4-5", "free:tools")]
    [InlineData("claude-haiku-4-5", "free:tools")]
    [InlineData("gpt-4o-mini", "free")]
    [InlineData("gpt-5-codex", "free")]
    [InlineData("o3-mini", "free")]
    [InlineData("o4-mini", "free")]
    [InlineData("dall-e-3", "free:image")]
    public void Find_NamesToolsSendByDefault_ResolveToThePool(string name, string target)
    {
        Assert.Equal(target, _aliases.Find(name)?.Target);
    }

    [Theory]
    [InlineData("free")]
    [InlineData("free:tools")]
    [InlineData("openrouter/free")]
    [InlineData("mistral-large")]
    [InlineData(null)]
    public void Find_PoolNamesAndUnmatchedNames_AreServedAsNamed(string? name)
    {
        Assert.Null(_aliases.Find(name));
    }

    [Fact]
    public void Find_ExactName_WinsOverEveryPattern()
    {
        Use(new RoutingPolicy { Aliases = [Alias("gpt-4o*", "free:json"), Alias("gpt-4o", "free:vision")] });

        Assert.Equal("free:vision", _aliases.Find("gpt-4o")?.Target);
        Assert.Equal("free:json", _aliases.Find("gpt-4o-mini")?.Target);
        Assert.Equal("free", _aliases.Find("gpt-5")?.Target);
    }

    [Theory]
    [InlineData("claude-sonnet-4-6", "claude-sonnet-*")]
    [InlineData("claude-sonnet-4-5", "claude-sonnet-4-5*")]
    [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5*")]
    [InlineData("claude-opus-4-5", "claude-*-4-5")]
    [InlineData("claude-opus-4-1", "claude-*")]
    [InlineData("my-claude-model", "*")]
    public void Find_SeveralPatternsMatch_TheLongestLiteralPrefixWinsThenTheMostLiteralCharacters(string name, string expected)
    {
        Use(new RoutingPolicy
        {
            DefaultAliases = false,
            Aliases = [Alias("*", "free"), Alias("claude-*", "free"), Alias("claude-*-4-5", "free"), Alias("claude-sonnet-*", "free"), Alias("claude-sonnet-4-5*", "free")],
        });

        Assert.Equal(expected, _aliases.Find(name)?.Name);
    }

    [Fact]
    public void Find_SameLiteralPrefixAndLength_FewerWildcardsWinsWhateverTheConfiguredOrder()
    {
        Use(new RoutingPolicy { DefaultAliases = false, Aliases = [Alias("a*b*", "free:json"), Alias("a*bc", "free:tools")] });

        Assert.Equal("a*bc", _aliases.Find("axbc")?.Name);
    }

    [Fact]
    public void Find_ModelIdOfTheCatalog_WinsOverAnAliasOfTheSameNameOrPattern()
    {
        Use(new RoutingPolicy { Aliases = [Alias("meta/llama-3.3-70b:free", "free:vision"), Alias("meta/*", "free:tools")] });

        Assert.Null(_aliases.Find("meta/llama-3.3-70b:free"));
        Assert.Null(_aliases.Find("gpt-oss-20b"));
        Assert.Equal("free:tools", _aliases.Find("meta/llama-4")?.Target);
    }

    [Fact]
    public void Find_PolicyReplaced_UsesTheNewAliasesAtOnce()
    {
        Assert.Equal("free", _aliases.Find("gpt-4o")?.Target);

        Use(new RoutingPolicy { Aliases = [Alias("gpt-*", "free:fast")] });

        Assert.Equal("free:fast", _aliases.Find("gpt-4o")?.Target);
    }

    [Fact]
    public void EffectiveAliases_LaterEntryReplacesAndEmptyTargetRemoves()
    {
        var policy = new RoutingPolicy { Aliases = [Alias("gpt-*", "free:fast"), Alias("claude-*", ""), Alias("team-model", "gpt-oss-20b")] };

        var aliases = policy.EffectiveAliases().ToDictionary(alias => alias.Name, alias => alias.Target);

        Assert.Equal("free:fast", aliases["gpt-*"]);
        Assert.Equal("gpt-oss-20b", aliases["team-model"]);
        Assert.DoesNotContain("claude-*", aliases.Keys);
        Assert.Empty(new RoutingPolicy { DefaultAliases = false }.EffectiveAliases());
    }

    [Fact]
    public void Apply_AliasedModelAndFallbacks_AreRoutedToTheirTargetsAndReported()
    {
        var request = ChatRequests.Parse("""{"model":"claude-sonnet-4-5","models":["gpt-oss-20b","gpt-4o","claude-opus-4-1"],"messages":[{"role":"user","content":"Hi"}]}""");

        var applied = _aliases.Apply(request);

        Assert.Equal("free:tools", request.Model);
        Assert.Equal(["gpt-oss-20b", "free", "free:tools"], request.Models);
        Assert.Equal(["claude-* -> free:tools", "gpt-* -> free"], applied.Select(alias => $"{alias.Name} -> {alias.Target}"));
    }

    [Fact]
    public void Apply_NoAliasMatches_AllocatesNothing()
    {
        var request = ChatRequests.Parse("""{"model":"mistral-large","models":["meta/llama-3.3-70b:free","free"],"messages":[{"role":"user","content":"Hi"}]}""");
        _aliases.Apply(request);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var applied = _aliases.Apply(request);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(applied);
        Assert.Equal("mistral-large", request.Model);
        Assert.Equal(0, allocated);
    }

    private void Use(RoutingPolicy policy) => _policy.Replace(policy);

    private static ModelAlias Alias(string name, string target) => new() { Name = name, Target = target };
}
