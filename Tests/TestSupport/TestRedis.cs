using System.Diagnostics;
using System.Net.Sockets;
using Garnet;
using StackExchange.Redis;

namespace AspireRouter.TestSupport;

/// <summary>
/// A private Redis-protocol server for one test class: in-process Garnet, or Debian's redis-server as a child process.
/// Loopback only, random port, password set, nothing persisted. A pausable one can stall for a while as a slow server does:
/// redis-server by SIGSTOP, the in-process Garnet behind a <see cref="StallingTcpProxy"/>.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private const int MaxStartAttempts = 5;
    private const string AddressInUse = "Address already in use";
    private GarnetServer? _garnet;
    private Process? _process;
    private StallingTcpProxy? _proxy;

    private TestRedis(RedisKind kind, int port, string password)
    {
        Kind = kind;
        Port = port;
        Password = password;
    }

    public RedisKind Kind { get; }

    public int Port { get; }

    public string Password { get; }

    /// <summary>StackExchange.Redis / Aspire form: <c>host:port,password=...</c> (the proxy's port in front of a pausable Garnet).</summary>
    public string ConnectionString => $"127.0.0.1:{_proxy?.Port ?? Port},password={Password}";

    /// <param name="pausable">Whether <see cref="Pause"/> is wanted: puts a proxy in front of Garnet.</param>
    public static async Task<TestRedis> StartAsync(RedisKind kind, bool pausable = false)
    {
        // A free port can be taken by another test process before the server binds it: then start again on another.
        for (var attempt = 1; ; attempt++)
        {
            var server = new TestRedis(kind, FreePort.Next(), Guid.NewGuid().ToString("N"));
            try
            {
                await server.RunAsync();
                if (pausable && kind == RedisKind.Garnet)
                {
                    server._proxy = StallingTcpProxy.Start(server.Port);
                }

                return server;
            }
            catch (Exception exception) when (attempt < MaxStartAttempts && IsPortTaken(exception))
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Stalls the server with every connection left open, as a paused or overloaded server does: redis-server stops (SIGSTOP),
    /// Garnet's proxy stops forwarding. <see cref="Resume"/> lets it go on where it stopped.
    /// </summary>
    public void Pause()
    {
        if (Kind == RedisKind.Server)
        {
            Signal("-STOP");
        }
        else
        {
            (_proxy ?? throw new InvalidOperationException("Start a pausable TestRedis to pause Garnet.")).Stall();
        }
    }

    public void Resume()
    {
        if (Kind == RedisKind.Server)
        {
            Signal("-CONT");
        }
        else
        {
            _proxy?.Resume();
        }
    }

    private void Signal(string signal)
    {
        var process = _process ?? throw new InvalidOperationException("redis-server is not running.");
        using var kill = Process.Start(SystemBinary.Require("kill", "apt-get install procps"), [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill {signal} {process.Id} exited with {kill.ExitCode}.");
        }
    }

    /// <summary>Starts the server again, empty, on the same port and password (after <see cref="Kill"/>).</summary>
    public Task RestartAsync() => RunAsync();

    private async Task RunAsync()
    {
        var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Kind == RedisKind.Garnet)
        {
            _garnet = new GarnetServer(["-q", "--bind", "127.0.0.1", "--port", port, "--auth", "Password", "--password", Password]);
            _garnet.Start();
        }
        else
        {
            var binary = SystemBinary.Require("redis-server", "apt-get install redis-server");
            _process = Process.Start(new ProcessStartInfo(binary)
            {
                ArgumentList = { "--bind", "127.0.0.1", "--port", port, "--requirepass", Password, "--save", string.Empty, "--appendonly", "no" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }

        await WaitUntilReadyAsync();
    }

    private static bool IsPortTaken(Exception exception) =>
        exception.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
        || exception.Message.Contains(AddressInUse, StringComparison.Ordinal);

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(ConnectionString);

    /// <summary>Stops the server (to test outages); <see cref="DisposeAsync"/> is still safe afterwards.</summary>
    public void Kill()
    {
        _garnet?.Dispose();
        _garnet = null;
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_proxy is { } proxy)
        {
            await proxy.DisposeAsync();
        }
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
                if (_process is { HasExited: true } exited)
                {
                    throw new InvalidOperationException($"redis-server exited at start: {await exited.StandardOutput.ReadToEndAsync(timeout.Token)}");
                }

                await Task.Delay(50, timeout.Token);
            }
        }
    }
}
