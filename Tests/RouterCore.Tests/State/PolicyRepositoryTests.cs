using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class PolicyRepositoryTests
{
    private static readonly RoutingPolicy Configured = new()
    {
        Weights = [new ModelWeight { Model = "a:free", Weight = 3 }, new ModelWeight { Model = "b:free", Weight = 2 }],
        Blocked = new HashSet<string>(["config-blocked:free"], StringComparer.Ordinal),
        AttemptBudget = 5,
    };

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task LoadAsync_NothingStored_ReturnsTheConfiguredPolicy(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);

        var policy = await state.Policies.LoadAsync();

        Assert.Equal(Configured.WeightsById(), policy.WeightsById());
        Assert.Equal(["config-blocked:free"], policy.Blocked);
        Assert.Equal(5, policy.AttemptBudget);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task SaveWeightAsync_OverridesTheConfiguredWeight_AnnouncesAndAuditsWhoAndFromWhere(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);
        var events = await state.RecordEventsAsync();

        var result = await state.Policies.SaveWeightAsync("a:free", 0, new AuditActor("admin", "192.0.2.7"));

        Assert.True(result.Succeeded);
        var weights = (await state.Policies.LoadAsync()).WeightsById();
        Assert.Equal(0, weights["a:free"]);
        Assert.Equal(2, weights["b:free"]);
        Assert.Equal("0", (string?)await state.Database.HashGetAsync("ar:policy", "weight:a:free"));
        await events.WaitForAsync("policy");
        var audit = Assert.Single(await state.Audit.RecentAsync(10));
        Assert.Equal("admin", audit.Who);
        Assert.Equal("192.0.2.7", audit.Address);
        Assert.Equal("set the weight of a:free to 0", audit.What);
        Assert.Equal(state.Time.GetUtcNow(), audit.Time);
    }

    [Theory]
    [InlineData(RedisKind.Garnet, -1)]
    [InlineData(RedisKind.Garnet, 100.5)]
    [InlineData(RedisKind.Garnet, double.NaN)]
    [InlineData(RedisKind.Server, -1)]
    public async Task SaveWeightAsync_OutOfRange_IsRefusedAndNothingChanges(RedisKind kind, double weight)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);

        var result = await state.Policies.SaveWeightAsync("a:free", weight, new AuditActor("admin", "192.0.2.7"));

        Assert.True(result.Failed);
        Assert.Equal(3, (await state.Policies.LoadAsync()).WeightsById()["a:free"]);
        Assert.Empty(await state.Audit.RecentAsync(10));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task BlockAndUnblock_ChangeTheBlocklist_ButNotWhatConfigurationBlocks(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);

        await state.Policies.BlockAsync("b:free", new AuditActor("admin", "192.0.2.7"));
        var blocked = await state.Policies.LoadAsync();
        await state.Policies.UnblockAsync("b:free", new AuditActor("admin", "192.0.2.7"));
        await state.Policies.UnblockAsync("config-blocked:free", new AuditActor("admin", "192.0.2.7"));
        var unblocked = await state.Policies.LoadAsync();

        Assert.True(blocked.IsBlocked("b:free"));
        Assert.False(unblocked.IsBlocked("b:free"));
        Assert.True(unblocked.IsBlocked("config-blocked:free"));
        Assert.Equal(
            ["unblocked config-blocked:free", "unblocked b:free", "blocked b:free"],
            (await state.Audit.RecentAsync(10)).Select(entry => entry.What));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task SaveSettingsAsync_Valid_IsAppliedOnTheNextLoad(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);
        var events = await state.RecordEventsAsync();

        var result = await state.Policies.SaveSettingsAsync(
            new PolicySettings("weighted-random", 2, TimeSpan.FromSeconds(12.5), TimeSpan.Zero), new AuditActor("admin", "192.0.2.7"));

        Assert.True(result.Succeeded);
        var policy = await state.Policies.LoadAsync();
        Assert.Equal(2, policy.AttemptBudget);
        Assert.Equal(TimeSpan.FromSeconds(12.5), policy.Deadline);
        Assert.Equal(TimeSpan.Zero, policy.MaxWaitForReset);
        await events.WaitForAsync("policy");
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task SaveSettingsAsync_Invalid_NamesEachProblemAndStoresNothing(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);

        var result = await state.Policies.SaveSettingsAsync(
            new PolicySettings("round-robin", 0, TimeSpan.Zero, TimeSpan.FromSeconds(-1)), new AuditActor("admin", "192.0.2.7"));

        Assert.True(result.Failed);
        var failures = string.Join('\n', result.Failures!);
        Assert.Contains("AttemptBudget", failures, StringComparison.Ordinal);
        Assert.Contains("Deadline", failures, StringComparison.Ordinal);
        Assert.Contains("MaxWaitForReset", failures, StringComparison.Ordinal);
        Assert.Contains("weighted-random", failures, StringComparison.Ordinal);
        Assert.False(await state.Database.KeyExistsAsync("ar:policy"));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task LoadAsync_IgnoresUnreadableFields(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind, Configured);
        await state.Database.HashSetAsync("ar:policy", [new("attemptBudget", "many"), new("weight:a:free", "heavy"), new("deadlineSeconds", "30")]);

        var policy = await state.Policies.LoadAsync();

        Assert.Equal(5, policy.AttemptBudget);
        Assert.Equal(3, policy.WeightsById()["a:free"]);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Deadline);
    }
}
