using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using AspireRouter.TestSupport;

namespace AspireRouter.Browser.Tests;

/// <summary>One of the repository's services run as <c>dotnet {Project}.dll</c> on a loopback port, configured by environment variables.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public static async Task<ServiceProcess> StartAsync(string project, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort.Next();
        var directory = Path.Combine(RepositoryRoot(), project);
        var configuration = typeof(ServiceProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(directory, "bin", configuration, "net10.0", project + ".dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // Development serves the static web assets (MudBlazor's CSS and JS) straight from the build output.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var service = new ServiceProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        await service.WaitUntilHealthyAsync(project);
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            if (_output.Count > 200)
            {
                _output.TryDequeue(out _);
            }
        }
    }

    private async Task WaitUntilHealthyAsync(string project)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{project} exited with {_process.ExitCode}:\n{string.Join('\n', _output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"{project} was not healthy at {BaseAddress} within 90 s:\n{string.Join('\n', _output)}");
            }

            await Task.Delay(100, deadline.Token);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AdminPortal", "AdminPortal.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No repository root above {AppContext.BaseDirectory}.");
    }
}
