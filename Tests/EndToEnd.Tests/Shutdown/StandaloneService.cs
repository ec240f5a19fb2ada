using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests.Shutdown;

/// <summary>One of the repository's services run alone as <c>dotnet {Project}.dll</c>, configured by environment variables.</summary>
internal sealed class StandaloneService : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _output = new();

    private StandaloneService(string project, Process process)
    {
        Project = project;
        Process = process;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Project { get; }

    public Process Process { get; }

    public string Output => string.Join('\n', _output);

    public static StandaloneService Start(string project, IReadOnlyDictionary<string, string> environment)
    {
        var configuration = typeof(StandaloneService).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var directory = Path.Combine(Readme.RepositoryRoot, project);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(directory, "bin", configuration, "net10.0", project + ".dll"));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new StandaloneService(project, Process.Start(start)!);
    }

    /// <summary>Waits until <paramref name="isUp"/> holds, failing at once if the service exits.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> isUp, CancellationToken cancellationToken)
    {
        while (!await isUp())
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException($"{Project} exited ({Process.ExitCode}) at start:\n{Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
