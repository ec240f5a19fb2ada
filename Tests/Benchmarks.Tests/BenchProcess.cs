using System.Diagnostics;

namespace AspireRouter.Benchmarks.Tests;

/// <summary>Runs a bash script to completion within a time limit, keeping its output; on time-out its process tree is killed.</summary>
internal static class BenchProcess
{
    public static async Task<BenchRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bench/run.sh did not finish within {limit}.");
        }

        return new BenchRun(process.ExitCode, await output, await errors);
    }
}

internal sealed record BenchRun(int ExitCode, string Output, string Errors);
