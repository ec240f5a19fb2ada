using AspireRouter.AdminPortal.Components.Layout;
using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace AspireRouter.AdminPortal.Tests.Layout;

/// <summary>Every page, in the layout the router gives it, says when the pool it shows is the sandbox's, and only then.</summary>
public sealed class SandboxBannerTests
{
    private static readonly Type[] Pages = [typeof(Dashboard), typeof(Models), typeof(Providers), typeof(Keys), typeof(Settings), typeof(Audit)];

    [Fact]
    public async Task EveryPage_WhenTheCatalogIsTheSandboxs_ShowsTheSandboxBanner()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishSandboxCatalogAsync(TestModels.Create("a:free"));

        foreach (var page in Pages)
        {
            var rendered = RenderInLayout(portal, page);

            SandboxBannerAssert.Shown(rendered.Markup, page.Name);
            await portal.Bunit.DisposeComponentsAsync();
        }
    }

    [Fact]
    public async Task EveryPage_WhenTheCatalogIsReal_ShowsNoBanner_WhateverThisPortalWasTold()
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?> { ["Router:Sandbox"] = "true" });
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));

        foreach (var page in Pages)
        {
            var rendered = RenderInLayout(portal, page);

            SandboxBannerAssert.NotShown(rendered.Markup, page.Name);
            await portal.Bunit.DisposeComponentsAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task BeforeAnyCatalogIsPublished_TheBannerFollowsThisPortalsOwnSetting(bool sandbox)
    {
        await using var portal = await PortalTestContext.StartAsync(new Dictionary<string, string?> { ["Router:Sandbox"] = sandbox ? "true" : "false" });

        var rendered = RenderInLayout(portal, typeof(Models));

        Assert.Equal(sandbox, SandboxBannerAssert.IsShown(rendered.Markup));
    }

    [Fact]
    public async Task AnOpenPage_FollowsTheCatalogAsItIsRepublished()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        var rendered = RenderInLayout(portal, typeof(Dashboard));
        SandboxBannerAssert.NotShown(rendered.Markup, "a real catalog");

        await portal.PublishSandboxCatalogAsync(TestModels.Create("a:free"));
        portal.Time.Advance(TimeSpan.FromSeconds(10));

        rendered.WaitForAssertion(() => SandboxBannerAssert.Shown(rendered.Markup, "the sandbox's catalog"));

        await portal.PublishCatalogAsync(TestModels.Create("a:free"));
        portal.Time.Advance(TimeSpan.FromSeconds(10));

        rendered.WaitForAssertion(() => SandboxBannerAssert.NotShown(rendered.Markup, "a real catalog again"));
    }

    // Renders the page as AuthorizeRouteView does (inside MainLayout, interactive on the server) and waits until the banner has read the
    // shared state once (a read that completes at once renders only once, so the render count cannot tell).
    private static IRenderedComponent<LayoutView> RenderInLayout(PortalTestContext portal, Type page)
    {
        portal.Bunit.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var rendered = portal.Bunit.Render<LayoutView>(parameters => parameters
            .Add(view => view.Layout, typeof(MainLayout))
            .AddChildContent(builder =>
            {
                builder.OpenComponent(0, page);
                builder.CloseComponent();
            }));
        var banner = rendered.FindComponent<SandboxBanner>();
        rendered.WaitForAssertion(() => Assert.True(banner.Instance.HasLoaded, "the banner has read whether the pool is the sandbox's"));
        return rendered;
    }
}
