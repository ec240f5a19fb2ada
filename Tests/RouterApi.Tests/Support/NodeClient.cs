using System.Diagnostics;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// Tests/NodeClient: the official npm clients and agent CLIs the tests drive against a router, installed by <c>npm ci</c>
/// (by .ci/run under CI); the tests that need them skip without node_modules outside CI.
/// </summary>
internal static class NodeClient
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    public static string Directory => Path.Combine(Readme.RepositoryRoot, "Tests", "NodeClient");

    /// <summary>The path of a file under Tests/NodeClient after checking its packages are installed; skips outside CI when they are not, fails under CI.</summary>
    public static string Require(string relativePath)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "openai")))
        {
            const string message = "Tests/NodeClient has no node_modules (run: cd Tests/NodeClient && npm ci).";
            if (SystemBinary.IsCi)
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        return Path.Combine(Directory, relativePath);
    }

    /// <summary>Runs <c>node script</c> with the router's base URL and key in <c>ROUTER_BASE_URL</c>/<c>ROUTER_API_KEY</c>; returns its stdout.</summary>
    public static Task<string> RunScriptAsync(string script, RouterTestHost host)
    {
        var node = SystemBinary.Require("node", "install Node.js");
        return RunAsync(new ProcessStartInfo(node, [script]), host);
    }

    /// <summary>Runs a process with the router's base URL and key in its environment; its stdout, or a failure with its stderr.</summary>
    public static Task<string> RunAsync(ProcessStartInfo start, RouterTestHost host)
    {
        start.Environment["ROUTER_BASE_URL"] = host.V1.ToString();
        start.Environment["ROUTER_API_KEY"] = RouterTestHost.ClientKey;
        return RunAsync(start);
    }

    /// <summary>Runs a program to its end, stdin closed; its stdout, or a failure with its stderr when it exits non-zero or outlives a minute.</summary>
    public static async Task<string> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(RunLimit);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(start.FileName)} did not finish within {RunLimit.TotalSeconds} s.");
        }

        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(start.FileName)} exited {process.ExitCode}: {await stderr}\n{await stdout}");
        return await stdout;
    }
}
