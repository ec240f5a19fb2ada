using System.Net;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Replicas;

/// <summary>An alias set or removed in the portal's store is applied by every replica within a second.</summary>
public sealed class ModelAliasReplicationTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);
    private static readonly AuditActor Admin = new("admin", "192.0.2.7");

    [Fact]
    public async Task AliasSavedAndRemovedThroughThePortalStore_ReachesBothReplicas()
    {
        await using var replicas = await RouterReplicas.StartAsync(2, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Settings["Routing:DefaultAliases"] = "false";
        });
        var portalStore = replicas.A.Services.GetRequiredService<ModelAliasRepository>();
        foreach (var host in replicas.Hosts)
        {
            using var before = await host.Client.PostAsync(ChatRequests.Body("team-model"));
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        var saved = await portalStore.SaveAsync(new ModelAlias { Name = "team-model", Target = "free:fast" }, Admin);

        Assert.True(saved.Succeeded, saved.FailureMessage);
        await UntilEveryReplicaAsync(replicas, aliases => aliases.Find("team-model")?.Target == "free:fast", "every replica has the new alias");
        foreach (var host in replicas.Hosts)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body("team-model"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Header("x-router-model"), Pool);
            Assert.Equal("team-model -> free:fast", response.Header("x-router-alias"));
        }

        await portalStore.RemoveAsync("team-model", Admin);

        await UntilEveryReplicaAsync(replicas, aliases => aliases.Find("team-model") is null, "every replica dropped the alias");
        using var after = await replicas.B.Client.PostAsync(ChatRequests.Body("team-model"));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    private static Task UntilEveryReplicaAsync(RouterReplicas replicas, Func<ModelAliases, bool> condition, string what) =>
        Eventually.UntilAsync(
            () => replicas.Hosts.All(host => condition(host.Services.GetRequiredService<ModelAliases>())),
            what,
            TimeSpan.FromSeconds(1));
}
