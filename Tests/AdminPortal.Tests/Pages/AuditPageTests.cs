using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.State;
using Bunit;

namespace AspireRouter.AdminPortal.Tests.Pages;

public sealed class AuditPageTests
{
    [Fact]
    public async Task EachChange_ShowsWhoMadeItAndFromWhichAddress()
    {
        await using var portal = await PortalTestContext.StartAsync();
        var audit = portal.Service<AuditLog>();
        await audit.AppendAsync(new AuditActor("admin", "203.0.113.5"), "blocked a:free");
        await portal.Database.ListRightPushAsync("ar:audit", """{"time":"2026-04-30T12:00:00+00:00","who":"admin","what":"blocked b:free"}""");

        var page = portal.Bunit.Render<Audit>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var rows = page.FindAll("tbody tr");
        Assert.Equal(("admin", "203.0.113.5", "blocked a:free"), Cells(rows[0]));
        Assert.Equal(("admin", "unknown", "blocked b:free"), Cells(rows[1]));
    }

    private static (string Who, string From, string What) Cells(AngleSharp.Dom.IElement row) =>
        (Cell(row, "Who"), Cell(row, "From"), Cell(row, "What"));

    private static string Cell(AngleSharp.Dom.IElement row, string label) => row.QuerySelector($"td[data-label={label}]")!.TextContent.Trim();
}
