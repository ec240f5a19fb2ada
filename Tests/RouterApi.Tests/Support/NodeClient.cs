using System.Diagnostics;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>Runs a script of Tests/NodeClient (the official <c>openai</c> npm package) against a router, and returns what it printed.</summary>
internal static class NodeClient
{
    /// <param name="script">A file of Tests/NodeClient, e.g. <c>chat.mjs</c>; it reads <c>ROUTER_BASE_URL</c> and <c>ROUTER_API_KEY</c>.</param>
    public static async Task<string> RunAsync(string script, RouterTestHost host)
    {
        var node = SystemBinary.Require("node", "install Node.js");
        var path = Path.Combine(RepositoryRoot(), "Tests", "NodeClient", script);
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, "node_modules", "openai")))
        {
            const string message = "Tests/NodeClient has no node_modules (run: cd Tests/NodeClient && npm ci).";
            if (SystemBinary.IsCi)
            {
                throw new InvalidOperationException(message + " .ci/run installs it under CI=true.");
            }

            Assert.Skip(message);
        }

        var start = new ProcessStartInfo(node, [path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ROUTER_BASE_URL"] = host.V1.ToString(),
                ["ROUTER_API_KEY"] = RouterTestHost.ClientKey,
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}: {await stderr}");
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
