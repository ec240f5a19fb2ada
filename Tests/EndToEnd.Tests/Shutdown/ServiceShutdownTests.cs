using System.Net.Sockets;
using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// Every service exits within 2 s of its own SIGTERM, in the conditions of a whole-stack stop: the telemetry collector (the
/// dashboard) and Redis are already gone, and RouterApi still has a request in flight.
/// </summary>
[Collection(nameof(ShutdownTimingGroup))]
public sealed class ServiceShutdownTests
{
    private const string ClientKey = "shutdown-test-client-key-0123456789";
    private const string GarnetPassword = "shutdown-test-garnet-password";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("RouterApi")]
    [InlineData("HealthProbe")]
    [InlineData("AdminPortal")]
    [InlineData("UpstreamSimulator")]
    [InlineData("GarnetHost")]
    public async Task Service_ExitsWithin2Seconds_OfSigterm_WithTheCollectorAndRedisGone(string project)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Sends SIGTERM.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet);
        var port = FreePort.Next();
        await using var service = StandaloneService.Start(project, Environment(port, redis));
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient { BaseAddress = baseAddress };
        await service.WaitUntilAsync(project == "GarnetHost" ? () => AcceptsConnectionsAsync(port) : () => IsAliveAsync(http), timeout.Token);
        using var inFlight = project == "RouterApi"
            ? await HeldRequest.SendAsync(baseAddress, "/v1/chat/completions", "Bearer " + ClientKey, timeout.Token)
            : null;
        redis.Kill();

        var time = TimeProvider.System;
        var signalled = time.GetTimestamp();
        await PosixSignal.TerminateAsync(service.Process.Id, timeout.Token);
        using var stopLimit = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
        stopLimit.CancelAfter(StopLimit - time.GetElapsedTime(signalled));
        try
        {
            await service.Process.WaitForExitAsync(stopLimit.Token);
        }
        catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
        {
            // Still running at the limit: reported below.
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{project}: {(service.Process.HasExited ? "exited" : "still runs")} {time.GetElapsedTime(signalled).TotalSeconds:F2} s after SIGTERM");
        Assert.True(service.Process.HasExited, $"{project} still runs {time.GetElapsedTime(signalled).TotalSeconds:F1} s after SIGTERM:\n{service.Output}");
        Assert.True(service.Process.ExitCode == 0, $"{project} exited {service.Process.ExitCode}:\n{service.Output}");
        Assert.DoesNotContain("BackgroundService failed", service.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Environment(int port, TestRedis redis) => new()
    {
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["ConnectionStrings__redis"] = redis.ConnectionString,
        // Telemetry as the AppHost configures it, for a collector that no longer answers (nothing listens on a free port).
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePort.Next()}",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
        ["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "1000",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        ["Router__ClientKeys__shutdown-test"] = ClientKey,
        ["Admin__Password"] = "shutdown-test-admin-password",
        ["Garnet__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Garnet__Password"] = GarnetPassword,
    };

    private static async Task<bool> IsAliveAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("alive", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

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
