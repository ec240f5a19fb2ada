using System.Net.Sockets;
using AspireRouter.EndToEnd.Tests.Shutdown;
using AspireRouter.TestSupport;
using StackExchange.Redis;

namespace AspireRouter.EndToEnd.Tests.Persistence;

/// <summary>GarnetHost with a data directory: every write a client saw acknowledged is there again after SIGTERM and a new start.</summary>
[Collection(nameof(ShutdownTimingGroup))]
public sealed class GarnetHostDataTests
{
    private const string Password = "garnet-data-test-password";
    private const int Writes = 500;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task GarnetHost_StoppedWithSigterm_HasEveryAcknowledgedWrite_WhenStartedAgainOnItsData()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Sends SIGTERM.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var dataDirectory = Directory.CreateTempSubdirectory("garnethost-data-");
        try
        {
            var (first, firstPort) = await StartAsync(dataDirectory.FullName, timeout.Token);
            await using (first)
            {
                await using var redis = await ConnectAsync(firstPort);
                var db = redis.GetDatabase();
                await db.HashSetAsync("ar:keys", "hash-of-a-key", """{"name":"kept"}""");
                await db.SetAddAsync("ar:blocked", "vendor/blocked:free");
                for (var i = 0; i < Writes; i++)
                {
                    await db.StringSetAsync($"ar:test:{i}", i);
                }

                await PosixSignal.TerminateAsync(first.Process.Id, timeout.Token);
                using var stopLimit = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
                stopLimit.CancelAfter(StopLimit);
                await first.Process.WaitForExitAsync(stopLimit.Token);
                Assert.True(first.Process.ExitCode == 0, $"GarnetHost exited {first.Process.ExitCode}:\n{first.Output}");
            }

            var (second, secondPort) = await StartAsync(dataDirectory.FullName, timeout.Token);
            await using (second)
            {
                await using var redis = await ConnectAsync(secondPort);
                var db = redis.GetDatabase();
                Assert.Equal("""{"name":"kept"}""", (string?)await db.HashGetAsync("ar:keys", "hash-of-a-key"));
                Assert.True(await db.SetContainsAsync("ar:blocked", "vendor/blocked:free"));
                for (var i = 0; i < Writes; i++)
                {
                    Assert.Equal(i, (int)await db.StringGetAsync($"ar:test:{i}"));
                }
            }
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }

    private static async Task<(StandaloneService Service, int Port)> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var service = StandaloneService.Start("GarnetHost", new Dictionary<string, string>
        {
            ["Garnet__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Garnet__Password"] = Password,
            ["Garnet__DataDirectory"] = dataDirectory,
        });
        await service.WaitUntilAsync(() => AcceptsConnectionsAsync(port), cancellationToken);
        return (service, port);
    }

    private static async Task<ConnectionMultiplexer> ConnectAsync(int port) =>
        await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},password={Password}");

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
