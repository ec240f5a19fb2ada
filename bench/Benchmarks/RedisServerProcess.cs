using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AspireRouter.Benchmarks;

/// <summary>A private redis-server on a free loopback port, with a password and no persistence, as bench/lib/services.sh starts one.</summary>
internal sealed class RedisServerProcess : IDisposable
{
    private readonly Process _process;

    private RedisServerProcess(Process process, int port, string password)
    {
        _process = process;
        ConnectionString = $"127.0.0.1:{port},password={password}";
    }

    /// <summary>The StackExchange.Redis connection string, as Aspire passes it in <c>ConnectionStrings__redis</c>.</summary>
    public string ConnectionString { get; }

    public static async Task<RedisServerProcess> StartAsync()
    {
        var port = FreePort();
        var password = $"bench-{Guid.NewGuid():N}";
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", $"{port}", "--requirepass", password, "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        var server = new RedisServerProcess(process, port, password);
        try
        {
            await server.WaitUntilListeningAsync(port);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
