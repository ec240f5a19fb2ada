using AspireRouter.AdminPortal.Authentication;

namespace AspireRouter.AdminPortal.Tests.Authentication;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/models", "/models")]
    [InlineData("/keys?x=1", "/keys?x=1")]
    [InlineData(null, "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    public void Sanitize_KeepsOnlyPathsInsideThePortal(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.Sanitize(returnUrl));
}
