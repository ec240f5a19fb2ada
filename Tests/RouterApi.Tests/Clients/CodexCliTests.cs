using System.Diagnostics;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>
/// Codex CLI (<c>@openai/codex</c>, Tests/NodeClient) completes a prompt against the router: <c>codex exec</c> with a model
/// provider whose <c>base_url</c> is the router and <c>wire_api = "responses"</c>, in a temporary CODEX_HOME, offline.
/// </summary>
public sealed class CodexCliTests
{
    [Fact]
    public async Task CodexExec_CompletesAPrompt_ThroughTheResponsesApi()
    {
        var codex = NodeClient.Require(Path.Combine("node_modules", ".bin", "codex"));
        UpstreamRecorder? recorder = null;
        await using var host = await RouterTestHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));
        var home = Directory.CreateTempSubdirectory("codex-home-");
        var work = Directory.CreateTempSubdirectory("codex-work-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(home.FullName, "config.toml"), $"""
                model = "free"
                model_provider = "router"

                [model_providers.router]
                name = "AspireRouter"
                base_url = "{host.V1}"
                wire_api = "responses"
                env_key = "ROUTER_API_KEY"
                """, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo(codex, ["exec", "--skip-git-repo-check", "Say hello."])
            {
                WorkingDirectory = work.FullName,
                Environment = { ["CODEX_HOME"] = home.FullName },
            };

            var answer = await NodeClient.RunAsync(start, host);

            var models = host.Simulator.ChatModels();
            Assert.NotEmpty(models);
            Assert.Contains(models[^1], answer, StringComparison.Ordinal);
            var sent = recorder!.ChatBodies[0];
            Assert.True(sent["stream"]!.GetValue<bool>());
            Assert.Contains(sent["tools"]!.AsArray(), t => t!["function"]!["name"]!.GetValue<string>() == "exec_command");
            Assert.Contains(sent["tools"]!.AsArray(), t => t!["function"]!["name"]!.GetValue<string>() == "close_agent");
            Assert.DoesNotContain(sent["tools"]!.AsArray(), t => t!["type"]!.GetValue<string>() != "function");
            Assert.False(sent.ContainsKey("store") || sent.ContainsKey("include") || sent.ContainsKey("reasoning") || sent.ContainsKey("prompt_cache_key"));
        }
        finally
        {
            home.Delete(recursive: true);
            work.Delete(recursive: true);
        }
    }
}
