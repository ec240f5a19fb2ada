using System.Globalization;
using StackExchange.Redis;

namespace AspireRouter.TestSupport;

/// <summary>
/// Counts the commands a Redis server runs while some code runs, from its <c>INFO commandstats</c> (lower-case names as
/// <c>cmdstat_{name}</c> gives them) read before and after over a connection of its own (INFO needs admin mode).
/// </summary>
public sealed class RedisCommandStats : IAsyncDisposable
{
    private readonly ConnectionMultiplexer _admin;

    private RedisCommandStats(ConnectionMultiplexer admin) => _admin = admin;

    public static async Task<RedisCommandStats> ConnectAsync(TestRedis redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return new RedisCommandStats(await ConnectionMultiplexer.ConnectAsync($"{redis.ConnectionString},allowAdmin=true"));
    }

    /// <summary>How many times each of <paramref name="commands"/> ran while <paramref name="action"/> did.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(Func<Task> action, params string[] commands)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(commands);
        var before = await ReadAsync();
        await action();
        var after = await ReadAsync();
        var calls = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in commands)
        {
            calls[command] = after.GetValueOrDefault(command) - before.GetValueOrDefault(command);
        }

        return calls;
    }

    public ValueTask DisposeAsync() => _admin.DisposeAsync();

    private async Task<Dictionary<string, long>> ReadAsync()
    {
        var calls = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in await _admin.GetServers()[0].InfoAsync("commandstats"))
        {
            foreach (var (name, value) in section)
            {
                if (name.StartsWith("cmdstat_", StringComparison.OrdinalIgnoreCase) && CallsIn(value) is { } count)
                {
                    calls[name["cmdstat_".Length..]] = count;
                }
            }
        }

        return calls;
    }

    // "calls=4,usec=31,usec_per_call=7.75,rejected_calls=0,failed_calls=0"
    private static long? CallsIn(string value)
    {
        foreach (var field in value.Split(','))
        {
            if (field.StartsWith("calls=", StringComparison.Ordinal))
            {
                return long.Parse(field["calls=".Length..], CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
