using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Tests.Providers.Translation;

public sealed class DataUrlTests
{
    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=", "image/png", "iVBORw0KGgo=")]
    [InlineData("DATA:image/jpeg;charset=x;BASE64,QUJD", "image/jpeg;charset=x", "QUJD")]
    [InlineData("data:;base64,QUJD", "application/octet-stream", "QUJD")]
    [InlineData("data:image/png;base64,", "image/png", "")]
    public void TryParse_Base64DataUrl_SplitsMediaTypeAndPayload(string url, string mediaType, string base64)
    {
        Assert.True(DataUrl.TryParse(url, out var parsedType, out var payload));
        Assert.Equal(mediaType, parsedType.ToString());
        Assert.Equal(base64, payload.ToString());
    }

    [Theory]
    [InlineData("https://cdn.example.test/a.png")]
    [InlineData("data:text/plain,hello")]
    [InlineData("data:text/plain,hi;base64,QUJD")]
    [InlineData("data:image/png;base64")]
    [InlineData("")]
    public void TryParse_AnyOtherUrl_IsNoDataUrl(string url)
    {
        Assert.False(DataUrl.TryParse(url, out _, out _));
    }
}
