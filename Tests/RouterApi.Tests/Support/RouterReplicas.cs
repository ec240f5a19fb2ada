namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Several RouterApi replicas on one Redis, in front of one simulator, as a scaled-out deployment runs.</summary>
internal sealed class RouterReplicas : IAsyncDisposable
{
    private RouterReplicas(IReadOnlyList<RouterTestHost> hosts) => Hosts = hosts;

    public IReadOnlyList<RouterTestHost> Hosts { get; }

    public RouterTestHost A => Hosts[0];

    public RouterTestHost B => Hosts[1];

    public static async Task<RouterReplicas> StartAsync(int count, Action<RouterTestHostOptions> configure)
    {
        var first = await RouterTestHost.StartAsync(configure);
        var hosts = new List<RouterTestHost> { first };
        for (var i = 1; i < count; i++)
        {
            hosts.Add(await RouterTestHost.StartAsync(options =>
            {
                configure(options);
                options.SharedRedis = first.Redis;
                options.SharedSimulator = first.SimulatorHandle;
            }));
        }

        return new RouterReplicas(hosts);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = Hosts.Count - 1; i >= 0; i--)
        {
            await Hosts[i].DisposeAsync();
        }
    }
}
