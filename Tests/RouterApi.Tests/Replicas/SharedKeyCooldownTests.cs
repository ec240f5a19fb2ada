using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Replicas;

/// <summary>A key refused on one replica is cooling on the others too: no replica sends with it again.</summary>
public sealed class SharedKeyCooldownTests
{
    private static readonly string[] Keys = ["sk-or-v1-shared-pool-key-aaa1", "sk-or-v1-shared-pool-key-bbb2", "sk-or-v1-shared-pool-key-ccc3"];
    private static readonly string[] Pool = TestCatalog.ModelIds(3);

    [Fact]
    public async Task KeyRefusedOnReplicaA_CoolsOnReplicaB_WhichNeverSendsWithIt()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.OpenRouter.ApiKeys = [Keys[0], Keys[2]];
            options.Settings["Providers:openrouter:ApiKey"] = Keys[0];
            options.Settings["Providers:openrouter:ApiKeys:0"] = Keys[1];
            options.Settings["Providers:openrouter:ApiKeys:1"] = Keys[2];
        });

        // Replica A takes its keys in turn: its second request goes out with key 2, which the upstream refuses.
        for (var i = 0; i < 2; i++)
        {
            using var response = await replicas.A.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var keyTwoOnB = replicas.B.Services.GetRequiredService<ProviderKeyPools>().For("openrouter").Numbered(2)!;
        await Eventually.UntilAsync(() => keyTwoOnB.CoolingUntil(DateTimeOffset.UtcNow) is not null, "replica B sees key 2 cooling");
        for (var i = 0; i < 6; i++)
        {
            using var response = await replicas.B.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var withKeyTwo = replicas.A.Simulator.Requests.Where(request => request.Path.EndsWith("/chat/completions", StringComparison.Ordinal) && request.KeySuffix == Keys[1][^4..]).ToList();
        Assert.Equal(401, Assert.Single(withKeyTwo).Status);
    }
}
