using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class RequestLogRepositoryTests
{
    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task AppendAsync_KeepsTheNewestDecisionsUpToTheCapacity(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var log = new RequestLogRepository(state.Connection, Options.Create(new RequestLogOptions { Capacity = 3 }));

        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(Decision(i));
        }

        var recent = await log.RecentAsync(10);
        Assert.Equal(["model-4", "model-3", "model-2"], recent.Select(decision => decision.ChosenModel));
        Assert.Equal(3, await state.Database.ListLengthAsync("ar:requests"));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task AppendManyAsync_StoresEachDecisionOfABatchWhole_NewestFirst(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var log = new RequestLogRepository(state.Connection, Options.Create(new RequestLogOptions()));

        // More than the buffer's first guess (512 bytes a decision): it grows while the batch is written.
        var batch = Enumerable.Range(0, 40).Select(i => Decision(i) with { RequestedModel = new string('x', 40 * i) }).ToList();
        await log.AppendManyAsync(batch);

        var recent = await log.RecentAsync(100);
        Assert.Equal(Enumerable.Reverse(batch).Select(decision => decision with { Attempts = [] }), recent.Select(decision => decision with { Attempts = [] }));
        Assert.All(recent, decision => Assert.Single(decision.Attempts));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task RecentAsync_ReturnsEveryFieldAsWritten_AndSkipsMangledEntries(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var log = new RequestLogRepository(state.Connection, Options.Create(new RequestLogOptions()));
        var decision = Decision(1) with
        {
            Attempts =
            [
                new RoutingAttempt { Model = "model-0", Provider = "openrouter", Status = 429, Error = "rate limited" },
                new RoutingAttempt { Model = "model-1", Provider = "openrouter", Status = 200 },
            ],
            Stream = true,
            TtftMs = 120,
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        await log.AppendAsync(decision);
        await state.Database.ListLeftPushAsync("ar:requests", "{not json");

        var read = Assert.Single(await log.RecentAsync(10));

        Assert.Equal(decision with { Attempts = [] }, read with { Attempts = [] });
        Assert.Equal(decision.Attempts, read.Attempts);
        Assert.True(read.FellBack);
    }

    private static RoutingDecision Decision(int i) => new()
    {
        Time = DateTimeOffset.UnixEpoch.AddSeconds(i),
        KeyName = "ci-bot",
        RequestedModel = "free",
        ChosenModel = $"model-{i}",
        Provider = "openrouter",
        Attempts = [new RoutingAttempt { Model = $"model-{i}", Provider = "openrouter", Status = 200 }],
        LatencyMs = 100 + i,
        Status = 200,
        PromptTokens = 10,
        CompletionTokens = 4,
    };
}
