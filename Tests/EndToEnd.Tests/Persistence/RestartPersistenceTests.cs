using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AspireRouter.TestSupport;

namespace AspireRouter.EndToEnd.Tests.Persistence;

/// <summary>
/// What an operator set in the portal survives a restart of the whole stack: the AppHost started again on the same Redis
/// data directory still accepts the client key the portal handed out once, and still keeps the blocked model out.
/// </summary>
public sealed class RestartPersistenceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private static readonly string[] Healthy = ["redis", "provider-sandbox", "routerapi", "adminportal"];

    [Theory]
    [InlineData("garnet")]
    [InlineData("server")]
    public async Task AppHostRestartedOnItsData_AcceptsThePortalsClientKey_AndKeepsTheBlockedModelOut(string redisMode)
    {
        if (redisMode == "server")
        {
            SystemBinary.Require("redis-server", "apt-get install redis-server");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var dataDirectory = Directory.CreateTempSubdirectory("apphost-restart-");
        try
        {
            string portalKey;
            string blocked;
            await using (var first = await RunningStack.StartAsync([$"--Redis:Mode={redisMode}"], timeout.Token, Healthy, dataDirectory.FullName))
            {
                using var router = RouterClient(first, await first.ClientKeyAsync(timeout.Token));
                blocked = (await WaitForPoolAsync(router, timeout.Token))[0];
                await using (var portal = await PortalOperator.SignInAsync(first, timeout.Token))
                {
                    portalKey = await portal.CreateClientKeyAsync("restart-test");
                    await portal.BlockModelAsync(blocked);
                }

                await Eventually.UntilAsync(async () => !(await ListedModelsAsync(router, timeout.Token)).Contains(blocked), $"RouterApi leaves {blocked} out");
                Assert.Equal(HttpStatusCode.OK, await ChatStatusAsync(router, portalKey, timeout.Token));
                var kept = Path.Combine(dataDirectory.FullName, redisMode == "garnet" ? "garnet" : "redis-server");
                Assert.Contains(first.LogLines, line => line.Contains($"Redis keeps client keys, blocked models, weights, settings and the audit in {kept}", StringComparison.Ordinal));
            }

            await using var second = await RunningStack.StartAsync([$"--Redis:Mode={redisMode}"], timeout.Token, Healthy, dataDirectory.FullName);
            using var restartedRouter = RouterClient(second, await second.ClientKeyAsync(timeout.Token));
            var pool = await WaitForPoolAsync(restartedRouter, timeout.Token);
            Assert.DoesNotContain(blocked, pool);
            using (var response = await restartedRouter.GetAsync($"v1/models/{blocked}", timeout.Token))
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }

            // RouterApi reads the keys from Redis as it starts; until it has, a key from Redis is unknown to it.
            await Eventually.UntilAsync(
                async () => await ChatStatusAsync(restartedRouter, portalKey, timeout.Token) == HttpStatusCode.OK,
                "RouterApi accepts the portal's key after the restart",
                TimeSpan.FromSeconds(30));
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }

    private static HttpClient RouterClient(RunningStack stack, string key)
    {
        var router = stack.App.CreateHttpClient("routerapi");
        router.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return router;
    }

    /// <summary>Waits until RouterApi lists the sandbox's pool (HealthProbe publishes it after start), and returns its real models.</summary>
    private static async Task<List<string>> WaitForPoolAsync(HttpClient router, CancellationToken cancellationToken)
    {
        List<string> pool = [];
        await Eventually.UntilAsync(
            async () => (pool = await ListedModelsAsync(router, cancellationToken)).Count >= 2,
            "RouterApi lists the sandbox's models",
            TimeSpan.FromSeconds(60));
        return pool;
    }

    private static async Task<List<string>> ListedModelsAsync(HttpClient router, CancellationToken cancellationToken)
    {
        using var response = await router.GetAsync("v1/models", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        using var models = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return [.. models.RootElement.GetProperty("data").EnumerateArray()
            .Where(model => !model.GetProperty("virtual").GetBoolean())
            .Select(model => model.GetProperty("id").GetString()!)];
    }

    private static async Task<HttpStatusCode> ChatStatusAsync(HttpClient router, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = new StringContent("""{"model":"free","messages":[{"role":"user","content":"Say OK."}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await router.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
