using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using AspireRouter.RouterCore.Tests.Common;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class ModelAliasRepositoryTests
{
    private static readonly AuditActor Admin = new("admin", "192.0.2.7");

    private static readonly RoutingPolicy Configured = new()
    {
        DefaultAliases = false,
        Aliases = [new ModelAlias { Name = "gpt-*", Target = "free" }, new ModelAlias { Name = "claude-*", Target = "free:tools" }],
    };

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task SaveAsync_VirtualTarget_IsInForceAnnouncedAndAudited(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);
        var events = await state.RecordEventsAsync();

        var added = await state.Aliases.SaveAsync(new ModelAlias { Name = "team-model", Target = "free:json" }, Admin);
        var changed = await state.Aliases.SaveAsync(new ModelAlias { Name = "gpt-*", Target = "free:fast" }, Admin);

        Assert.True(added.Succeeded);
        Assert.True(changed.Succeeded);
        Assert.Equal(["claude-* -> free:tools", "gpt-* -> free:fast", "team-model -> free:json"], await ListAsync(state));
        await events.WaitForAsync("policy");
        Assert.Equal(["set the alias gpt-* -> free:fast", "set the alias team-model -> free:json"], (await state.Audit.RecentAsync(10)).Select(entry => entry.What));
    }

    [Fact]
    public async Task SaveAsync_TargetModelId_IsAcceptedOnlyOnceTheModelIsInThePublishedPool()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Garnet, Configured);
        var alias = new ModelAlias { Name = "llama", Target = "meta/llama-3.3-70b:free" };

        var before = await state.Aliases.SaveAsync(alias, Admin);
        await PublishPoolAsync(state, "meta/llama-3.3-70b:free");
        var after = await state.Aliases.SaveAsync(alias, Admin);

        Assert.Contains("neither a virtual model nor a model of the pool", before.FailureMessage, StringComparison.Ordinal);
        Assert.True(after.Succeeded);
        Assert.Contains("llama -> meta/llama-3.3-70b:free", await ListAsync(state));
    }

    [Theory]
    [InlineData("meta/llama-3.3-70b:free", "free", "is a model of the pool")]
    [InlineData("gpt-4o", "free:nope", "is not a virtual model")]
    [InlineData("free", "free:tools", "names the pool itself")]
    public async Task SaveAsync_Invalid_IsRefusedAndNothingChanges(string name, string target, string problem)
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Garnet, Configured);
        await PublishPoolAsync(state, "meta/llama-3.3-70b:free");

        var result = await state.Aliases.SaveAsync(new ModelAlias { Name = name, Target = target }, Admin);

        Assert.Contains(problem, result.FailureMessage, StringComparison.Ordinal);
        Assert.False(await state.Database.KeyExistsAsync("ar:policy"));
        Assert.Empty(await state.Audit.RecentAsync(10));
    }

    [Fact]
    public async Task RemoveAsync_ConfiguredAndPortalAliases_BothLeaveTheTableAndAreAudited()
    {
        await using var state = await StateTestContext.StartAsync(RedisKind.Garnet, Configured);
        await state.Aliases.SaveAsync(new ModelAlias { Name = "team-model", Target = "free" }, Admin);

        await state.Aliases.RemoveAsync("claude-*", Admin);
        await state.Aliases.RemoveAsync("team-model", Admin);

        Assert.Equal(["gpt-* -> free"], await ListAsync(state));
        Assert.Equal("", (string?)await state.Database.HashGetAsync("ar:policy", "alias:claude-*"));
        Assert.False(await state.Database.HashExistsAsync("ar:policy", "alias:team-model"));
        Assert.Equal("removed the alias team-model", (await state.Audit.RecentAsync(1))[0].What);
    }

    private static async Task<List<string>> ListAsync(StateTestContext state) =>
        [.. (await state.Aliases.ListAsync()).Select(alias => $"{alias.Name} -> {alias.Target}")];

    private static Task PublishPoolAsync(StateTestContext state, string modelId) =>
        new CatalogRepository(state.Connection).WriteAsync([TestModels.Create(modelId)], "openrouter", state.Time.GetUtcNow(), sandbox: false, state.Events);
}
