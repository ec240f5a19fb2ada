using AspireRouter.AdminPortal.Traces;

namespace AspireRouter.AdminPortal.Tests.Traces;

public sealed class PortalOptionsValidatorTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("http://localhost:18888", true)]
    [InlineData("https://dashboard.example.com/aspire/", true)]
    [InlineData("ftp://localhost:18888", false)]
    [InlineData("/traces", false)]
    public void Validate_AcceptsOnlyAnAbsoluteHttpDashboardUrl(string? url, bool valid)
    {
        var options = new PortalOptions { DashboardUrl = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute) };

        var result = new PortalOptionsValidator().Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Portal:DashboardUrl", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
