using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers;

public sealed class ProviderOptionsTests
{
    [Fact]
    public void ToString_WithKey_NeverRevealsIt()
    {
        var provider = new ProviderOptions { Name = "openrouter", BaseUrl = "https://openrouter.ai/api/v1", ApiKey = "sk-or-v1-0123456789abcdef" };

        var text = provider.ToString();

        Assert.DoesNotContain("sk-or", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", text, StringComparison.Ordinal);
        Assert.Contains("openrouter", text, StringComparison.Ordinal);
        Assert.Contains("key set", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithoutKey_SaysSo()
    {
        Assert.Contains("key absent", new ProviderOptions { Name = "ollama" }.ToString(), StringComparison.Ordinal);
    }
}
