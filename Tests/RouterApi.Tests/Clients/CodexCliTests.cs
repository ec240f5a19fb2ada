using System.Diagnostics;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>
/// Codex CLI (<c>@openai/codex</c>, Tests/NodeClient) completes a prompt against the router: <c>codex exec</c> with a model
/// provider whose <c>base_url</c> is the router and <c>wire_api = "responses"</c> (the README's config.toml), in a temporary CODEX_HOME, offline.
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
            // The README's config.toml, with the router's address in this test.
            var config = Readme.Snippet("codex-config").Replace("http://localhost:5080/v1", host.V1.ToString(), StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(home.FullName, "config.toml"), config, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo(codex, ["exec", "--skip-git-repo-check", "Say hello."])
            {
                WorkingDirectory = work.FullName,
                Environment = { ["CODEX_HOME"] = home.FullName, ["ROUTER_KEY"] = RouterTestHost.ClientKey },
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
