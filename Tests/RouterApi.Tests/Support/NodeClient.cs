using System.Diagnostics;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Tests/NodeClient: the npm clients and agent CLIs the tests drive, installed by <c>npm ci</c> (by .ci/run under CI).</summary>
internal static class NodeClient
{
    public static string Directory => Path.Combine(RepositoryRoot(), "Tests", "NodeClient");

    /// <summary>The path of an installed package's file; skips the test outside CI when node_modules is missing, fails it under CI.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(Directory, "node_modules", relativePath);
        if (!File.Exists(path))
        {
            const string message = "Tests/NodeClient has no node_modules (run: cd Tests/NodeClient && npm ci).";
            if (SystemBinary.IsCi)
            {
                throw new InvalidOperationException(message + " .ci/run installs it under CI=true.");
            }

            Assert.Skip(message);
        }

        return path;
    }

    /// <summary>Runs a program to its end; its standard output, or a failure with its standard error.</summary>
    public static async Task<string> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{start.FileName} did not finish within {timeout.TotalSeconds} s.");
        }

        Assert.True(process.ExitCode == 0, $"{start.FileName} exited {process.ExitCode}: {await stderr}\n{await stdout}");
        return await stdout;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AspireRouter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("AspireRouter.sln not found above the test assembly.");
    }
}
