using System.Diagnostics;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>
/// Claude Code (<c>@anthropic-ai/claude-code</c>) pointed at the router as the README says: <c>claude -p</c> with
/// <c>ANTHROPIC_BASE_URL</c> and the router key as <c>ANTHROPIC_AUTH_TOKEN</c>, in a fresh HOME, without network, and its
/// own model names (<c>claude-*</c>), which the shipped model aliases serve from the pool.
/// </summary>
public sealed class ClaudeCodeTests
{
    [Fact]
    public async Task ClaudeCodePrint_CompletesAPrompt_AgainstTheRouter()
    {
        var claude = NodeClient.Require(Path.Combine("node_modules", ".bin", "claude"));
        await using var host = await RouterTestHost.StartAsync();
        var home = Directory.CreateTempSubdirectory("claude-home-");
        try
        {
            var start = new ProcessStartInfo(claude, ["-p", "Say hello in five words.", "--output-format", "json"])
            {
                WorkingDirectory = home.FullName,
                Environment =
                {
                    ["HOME"] = home.FullName,
                    ["ANTHROPIC_BASE_URL"] = host.BaseAddress.ToString().TrimEnd('/'),
                    ["ANTHROPIC_AUTH_TOKEN"] = RouterTestHost.ClientKey,
                    ["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] = "1",
                    ["DISABLE_AUTOUPDATER"] = "1",
                },
            };
            start.Environment.Remove("ANTHROPIC_API_KEY");

            var output = await NodeClient.RunAsync(start);

            using var result = JsonDocument.Parse(output);
            var root = result.RootElement;
            Assert.False(root.GetProperty("is_error").GetBoolean(), output);
            Assert.Equal("end_turn", root.GetProperty("stop_reason").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("result").GetString()), output);
            Assert.NotEmpty(host.Simulator.ChatModels());
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }
}
