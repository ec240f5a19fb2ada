using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>
/// <c>dotnet run --project AppHost</c> as a user runs it (already built), its dashboard and services on free ports so that it
/// runs beside any other stack on the machine.
/// </summary>
internal sealed class AppHostRun : IAsyncDisposable
{
    private readonly Process _launcher;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly SemaphoreSlim _lineArrived = new(0);
    private readonly DirectoryInfo _dataDirectory;

    private AppHostRun(Process launcher, DirectoryInfo dataDirectory)
    {
        _launcher = launcher;
        _dataDirectory = dataDirectory;
        launcher.OutputDataReceived += (_, line) => Keep(line.Data);
        launcher.ErrorDataReceived += (_, line) => Keep(line.Data);
        launcher.BeginOutputReadLine();
        launcher.BeginErrorReadLine();
    }

    /// <summary>The <c>dotnet run</c> process, the one Ctrl+C or SIGTERM reaches.</summary>
    public int LauncherId => _launcher.Id;

    public string Output => string.Join('\n', _output);

    /// <summary>Starts the AppHost with its Redis data in a folder of its own, deleted with the run.</summary>
    public static AppHostRun Start()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("apphost-redis-");
        var configuration = typeof(AppHostRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Readme.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "run", "--project", "AppHost", "--no-build", "--configuration", configuration, "--no-launch-profile", "--", "--DcpPublisher:RandomizePorts=true", $"--Redis:DataDirectory={dataDirectory.FullName}" })
        {
            start.ArgumentList.Add(argument);
        }

        // What the AppHost's launch profile sets, with free ports instead of its fixed ones.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        return new AppHostRun(Process.Start(start)!, dataDirectory);
    }

    /// <summary>Waits until the AppHost's log has a line containing <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, CancellationToken cancellationToken)
    {
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (_launcher.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited ({_launcher.ExitCode}) before saying '{text}':\n{Output}");
            }

            await _lineArrived.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_launcher.HasExited)
        {
            _launcher.Kill(entireProcessTree: true);
            await _launcher.WaitForExitAsync();
        }

        _launcher.Dispose();
        _lineArrived.Dispose();
        _dataDirectory.Delete(recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            _lineArrived.Release();
        }
    }
}
