using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class ClientKeyRepositoryTests
{
    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task CreateAsync_ReturnsTheKeyOnce_AndStoresOnlyItsHash(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var events = await state.RecordEventsAsync();

        var created = await state.Keys.CreateAsync("  ci-bot ", new AuditActor("admin", "192.0.2.7"));

        Assert.Equal("ci-bot", created.Name);
        Assert.StartsWith("ar-", created.Key, StringComparison.Ordinal);
        Assert.Equal(3 + 43, created.Key.Length);
        Assert.DoesNotContain(created.Key, created.ToString(), StringComparison.Ordinal);
        var stored = Assert.Single(await state.Database.HashGetAllAsync("ar:keys"));
        Assert.Equal(ClientKeyHasher.Hash(created.Key), (string?)stored.Name);
        Assert.DoesNotContain(created.Key[3..], stored.Value.ToString(), StringComparison.Ordinal);
        Assert.Equal("ci-bot", (await state.Keys.FindAsync(created.Key))?.Name);
        Assert.Null(await state.Keys.FindAsync(created.Key + "x"));
        await events.WaitForAsync("keys");
        Assert.Equal("created client key 'ci-bot'", Assert.Single(await state.Audit.RecentAsync(10)).What);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task CreateAsync_RefusesAnEmptyOrTakenName(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        await state.Keys.CreateAsync("ci-bot", new AuditActor("admin", "192.0.2.7"));

        await Assert.ThrowsAsync<ArgumentException>(() => state.Keys.CreateAsync("ci-bot", new AuditActor("admin", "192.0.2.7")));
        await Assert.ThrowsAsync<ArgumentException>(() => state.Keys.CreateAsync(" ", new AuditActor("admin", "192.0.2.7")));
        Assert.Single(await state.Keys.ListAsync());
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task SetLimitsAsync_StoresTheKeysLimits_AnnouncesThem_AndRefusesOutOfRangeOnesOrAGoneKey(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var created = await state.Keys.CreateAsync("ci-bot", new AuditActor("admin", "192.0.2.7"));
        var hash = ClientKeyHasher.Hash(created.Key);
        var events = await state.RecordEventsAsync();
        var limits = new ClientKeyLimits { RequestsPerMinute = 10, RequestsPerDay = 500, DailyShare = 0.5 };

        Assert.True(await state.Keys.SetLimitsAsync(hash, limits, new AuditActor("admin", "192.0.2.7")));

        Assert.Equal(limits, Assert.Single(await state.Keys.ListAsync()).Limits);
        await events.WaitForAsync("keys");
        Assert.Equal("set the limits of client key 'ci-bot' to 10/min · 500/day · 50% of the pool a day", (await state.Audit.RecentAsync(10))[0].What);
        await Assert.ThrowsAsync<ArgumentException>(() => state.Keys.SetLimitsAsync(hash, new ClientKeyLimits { DailyShare = 1.5 }, new AuditActor("admin", "192.0.2.7")));
        Assert.True(await state.Keys.SetLimitsAsync(hash, ClientKeyLimits.None, new AuditActor("admin", "192.0.2.7")));
        Assert.Equal(ClientKeyLimits.None, Assert.Single(await state.Keys.ListAsync()).Limits);

        await state.Keys.RevokeAsync(hash, new AuditActor("admin", "192.0.2.7"));
        Assert.False(await state.Keys.SetLimitsAsync(hash, limits, new AuditActor("admin", "192.0.2.7")));
        Assert.Empty(await state.Keys.ListAsync());
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task RevokeAsync_RemovesTheKey_SoItIsNoLongerFound(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var kept = await state.Keys.CreateAsync("kept", new AuditActor("admin", "192.0.2.7"));
        var revoked = await state.Keys.CreateAsync("revoked", new AuditActor("admin", "192.0.2.7"));

        Assert.True(await state.Keys.RevokeAsync(ClientKeyHasher.Hash(revoked.Key), new AuditActor("admin", "192.0.2.7")));
        Assert.False(await state.Keys.RevokeAsync(ClientKeyHasher.Hash(revoked.Key), new AuditActor("admin", "192.0.2.7")));

        Assert.Null(await state.Keys.FindAsync(revoked.Key));
        Assert.NotNull(await state.Keys.FindAsync(kept.Key));
        var listed = Assert.Single(await state.Keys.ListAsync());
        Assert.Equal(("kept", "admin", state.Time.GetUtcNow()), (listed.Name, listed.CreatedBy, listed.CreatedAt));
        Assert.Equal("revoked client key 'revoked'", (await state.Audit.RecentAsync(10))[0].What);
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task RecordUsageAsync_CountsRequestsPerKeyName(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);

        await state.Keys.RecordUsageAsync("ci-bot");
        await state.Keys.RecordUsageAsync("ci-bot");
        await state.Keys.RecordUsageAsync("laptop");

        var usage = await state.Keys.UsageAsync();
        Assert.Equal(2, usage["ci-bot"]);
        Assert.Equal(1, usage["laptop"]);
    }

    [Fact]
    public void Hash_IsLowercaseSha256Hex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ClientKeyHasher.Hash("abc"));
    }
}
