namespace AspireRouter.EndToEnd.Tests;

/// <summary>The AppHost tells the portal its dashboard's address only when there is a dashboard to link to.</summary>
public sealed class DashboardLinkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task DashboardDisabled_PortalGetsNoDashboardUrl_EvenWithTheAppHostsUrlSet()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await using var stack = await RunningStack.StartAsync(["--ASPNETCORE_URLS=http://localhost:18888"], timeout.Token, ["redis", "adminportal"]);

        var portal = await stack.App.ResourceNotifications.WaitForResourceAsync(
            "adminportal", resource => resource.Snapshot.EnvironmentVariables.Any(variable => variable.Name == "Admin__Password"), timeout.Token);

        Assert.DoesNotContain(portal.Snapshot.EnvironmentVariables, variable => variable.Name == "Portal__DashboardUrl");
    }
}
