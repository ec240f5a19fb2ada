using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>
/// Routers for tests that read back a stored response at once: Redis calls get 2 s instead of 250 ms, so a loaded machine
/// cannot turn a response just stored into a 404 or a 503. The tests of a slow Redis keep the default.
/// </summary>
internal static class StoredStateHost
{
    public static Task<RouterTestHost> StartAsync(Action<RouterTestHostOptions>? configure = null) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Settings["RedisBudget:RequestPath"] = "00:00:02";
            configure?.Invoke(options);
        });
}
