using AspireRouter.AdminPortal.Traces;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Tests.Traces;

public sealed class TraceLinksTests
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    [Theory]
    [InlineData("http://localhost:18888", "http://localhost:18888/traces/detail/" + TraceId)]
    [InlineData("https://dashboard.example.com/aspire/", "https://dashboard.example.com/aspire/traces/detail/" + TraceId)]
    public void For_LinksToTheDashboardsTraceDetailPage_UnderItsPath(string dashboard, string expected)
    {
        var links = new TraceLinks(Options.Create(new PortalOptions { DashboardUrl = new Uri(dashboard) }));

        Assert.Equal(new Uri(expected), links.For(TraceId));
    }

    [Fact]
    public void For_LinksNothing_WithoutADashboardOrATraceId()
    {
        Assert.Null(new TraceLinks(Options.Create(new PortalOptions())).For(TraceId));
        Assert.Null(new TraceLinks(Options.Create(new PortalOptions { DashboardUrl = new Uri("http://localhost:18888") })).For(null));
    }
}
