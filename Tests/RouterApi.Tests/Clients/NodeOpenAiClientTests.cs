using System.Diagnostics;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>The official <c>openai</c> npm package (Tests/NodeClient/chat.mjs) against the router: chat and streaming.</summary>
public sealed class NodeOpenAiClientTests
{
    [Fact]
    public async Task NodeOpenAiClient_ChatAndStream_BothAnsweredByFreeModels()
    {
        var node = SystemBinary.Require("node", "install Node.js");
        var script = NodeScript();
        await using var host = await RouterTestHost.StartAsync();

        var output = await RunAsync(node, script, host);

        using var result = JsonDocument.Parse(output);
        var chat = result.RootElement.GetProperty("chat");
        var stream = result.RootElement.GetProperty("stream");
        Assert.False(string.IsNullOrWhiteSpace(chat.GetProperty("content").GetString()));
        Assert.Equal("stop", chat.GetProperty("finish").GetString());
        Assert.False(string.IsNullOrWhiteSpace(stream.GetProperty("content").GetString()));
        Assert.True(stream.GetProperty("chunks").GetInt32() > 1);
        Assert.Equal(
            [chat.GetProperty("model").GetString()!, stream.GetProperty("model").GetString()!],
            host.Simulator.ChatModels());
    }

    private static string NodeScript()
    {
        var script = Path.Combine(RepositoryRoot(), "Tests", "NodeClient", "chat.mjs");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "openai")))
        {
            const string message = "Tests/NodeClient has no node_modules (run: cd Tests/NodeClient && npm ci).";
            if (SystemBinary.IsCi)
            {
                throw new InvalidOperationException(message + " .ci/run installs it under CI=true.");
            }

            Assert.Skip(message);
        }

        return script;
    }

    private static async Task<string> RunAsync(string node, string script, RouterTestHost host)
    {
        var start = new ProcessStartInfo(node, [script])
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
