using System.Diagnostics;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>The README's Responses snippets (<c>responses-curl</c>, <c>responses-node</c>) work as written against the router.</summary>
public sealed class ResponsesReadmeTests
{
    [Fact]
    public async Task CurlSnippet_AnswersAResponse()
    {
        await using var host = await StoredStateHost.StartAsync();
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", Readme.Snippet("responses-curl")]);

        using var response = JsonDocument.Parse(await RunAsync(start, host));

        Assert.Equal("response", response.RootElement.GetProperty("object").GetString());
        Assert.Equal("completed", response.RootElement.GetProperty("status").GetString());
        Assert.Equal(host.Simulator.ChatModels(), [response.RootElement.GetProperty("model").GetString()!]);
    }

    [Fact]
    public async Task NodeSnippet_ContinuesAConversation_AndStreams()
    {
        NodeClient.Require("chat.mjs");
        await using var host = await StoredStateHost.StartAsync();
        // Beside Tests/NodeClient's node_modules, so `import "openai"` resolves as it does after `npm install openai`.
        var file = Path.Combine(NodeClient.Directory, $"readme-{Guid.NewGuid():N}.mjs");
        await File.WriteAllTextAsync(file, Readme.Snippet("responses-node"), TestContext.Current.CancellationToken);
        try
        {
            var lines = (await RunAsync(new ProcessStartInfo(SystemBinary.Require("node", "install Node.js"), [file]), host)).TrimEnd().Split('\n');

            var models = host.Simulator.ChatModels();
            Assert.Equal(3, models.Count);
            Assert.Equal([$"{models[0]}: ", $"{models[1]}: "], lines[..2].Select(line => line[..(line.IndexOf(": ", StringComparison.Ordinal) + 2)]));
            Assert.Contains(models[2], lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The snippets read the router's address and key as the README's Quick start exports them.
    private static Task<string> RunAsync(ProcessStartInfo start, RouterTestHost host)
    {
        start.Environment["ROUTER_URL"] = host.V1.ToString();
        start.Environment["ROUTER_KEY"] = RouterTestHost.ClientKey;
        return NodeClient.RunAsync(start, host);
    }
}
