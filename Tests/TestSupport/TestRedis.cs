using System.Diagnostics;
using Garnet;
using StackExchange.Redis;

namespace AspireRouter.TestSupport;

/// <summary>
/// A private Redis-protocol server for one test class: in-process Garnet, or Debian's redis-server as a child process.
/// Loopback only, random port, password set, nothing persisted.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly GarnetServer? _garnet;
    private readonly Process? _process;

    private TestRedis(RedisKind kind, int port, string password, GarnetServer? garnet, Process? process)
    {
        Kind = kind;
        Port = port;
        Password = password;
        _garnet = garnet;
        _process = process;
    }

    public RedisKind Kind { get; }

    public int Port { get; }

    public string Password { get; }

    /// <summary>StackExchange.Redis / Aspire form: <c>host:port,password=...</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},password={Password}";

    public static async Task<TestRedis> StartAsync(RedisKind kind)
    {
        var port = FreePort.Next();
        var password = Guid.NewGuid().ToString("N");
        TestRedis server;
        if (kind == RedisKind.Garnet)
        {
            var garnet = new GarnetServer(["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--auth", "Password", "--password", password]);
            garnet.Start();
            server = new TestRedis(kind, port, password, garnet, null);
        }
        else
        {
            var binary = SystemBinary.Require("redis-server", "apt-get install redis-server");
            var process = Process.Start(new ProcessStartInfo(binary)
            {
                ArgumentList = { "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--requirepass", password, "--save", string.Empty, "--appendonly", "no" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            server = new TestRedis(kind, port, password, null, process);
        }

        await server.WaitUntilReadyAsync();
        return server;
    }

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    /// <summary>Stops the server (to test outages); <see cref="DisposeAsync"/> is still safe afterwards.</summary>
    public void Kill()
    {
        _garnet?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            try
            {
                await using var connection = await ConnectAsync();
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }
}
