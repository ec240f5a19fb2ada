using System.Diagnostics;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Runs the scripts and CLIs of Tests/NodeClient (official npm clients) against a router; skipped without node_modules outside CI.</summary>
internal static class NodeClient
{
    public static string Directory => Path.Combine(Readme.RepositoryRoot, "Tests", "NodeClient");

    /// <summary>The path of a file under Tests/NodeClient after checking its packages are installed (skips outside CI when they are not).</summary>
    public static string Require(string relativePath)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "openai")))
        {
            const string message = "Tests/NodeClient has no node_modules (run: cd Tests/NodeClient && npm ci).";
            if (SystemBinary.IsCi)
            {
                throw new InvalidOperationException(message + " .ci/run installs it under CI=true.");
            }

            Assert.Skip(message);
        }

        return Path.Combine(Directory, relativePath);
    }

    /// <summary>Runs <c>node script</c> with the router's base URL and key in <c>ROUTER_BASE_URL</c>/<c>ROUTER_API_KEY</c>; returns its stdout.</summary>
    public static Task<string> RunScriptAsync(string script, RouterTestHost host)
    {
        var node = SystemBinary.Require("node", "install Node.js");
        var start = new ProcessStartInfo(node, [script]);
        return RunAsync(start, host);
    }

    /// <summary>Runs a process with the router's base URL and key in its environment, stdin closed; fails with its stderr when it exits non-zero.</summary>
    public static async Task<string> RunAsync(ProcessStartInfo start, RouterTestHost host)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.Environment["ROUTER_BASE_URL"] = host.V1.ToString();
        start.Environment["ROUTER_API_KEY"] = RouterTestHost.ClientKey;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(start.FileName)} exited {process.ExitCode}: {await stderr}\n{await stdout}");
        return await stdout;
    }
}
