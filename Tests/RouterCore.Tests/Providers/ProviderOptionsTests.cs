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

    [Fact]
    public void SkipReason_RemoteProviderWithoutKey_NamesTheSettingAndTheVariable()
    {
        var groq = new ProviderOptions { Name = "groq", BaseUrl = "https://api.groq.com/openai/v1", ApiKeyVariable = "GROQ_API_KEY" };

        Assert.Equal("it has no API key (set Providers:groq:ApiKey or GROQ_API_KEY)", groq.SkipReason);
        Assert.Null((groq with { ApiKey = "gsk_1" }).SkipReason);
    }

    [Fact]
    public void SkipReason_LocalServerWithoutKey_Serves_UnlessDisabled()
    {
        var ollama = new ProviderOptions { Name = "ollama", Kind = ProviderKinds.Ollama, BaseUrl = "http://localhost:11434" };

        Assert.Null(ollama.SkipReason);
        Assert.Equal("it is disabled (Enabled: false)", (ollama with { Enabled = false }).SkipReason);
        Assert.NotNull((ollama with { RequiresKey = true }).SkipReason);
    }

    [Fact]
    public void PublicIdPrefix_OpenRouterCatalogKeepsIdsOthersPrefixTheirName()
    {
        Assert.Equal("", new ProviderOptions { Name = "openrouter" }.PublicIdPrefix);
        Assert.Equal("groq/", new ProviderOptions { Name = "groq", CatalogSource = CatalogSourceKind.OpenAiModels }.PublicIdPrefix);
        Assert.Equal("g:", new ProviderOptions { Name = "groq", CatalogSource = CatalogSourceKind.Static, ModelIdPrefix = "g:" }.PublicIdPrefix);
    }

    [Fact]
    public void IdsAt_UpstreamIdAlone_GetsThePrefix_WithUpstreamIdTheIdIsPublic()
    {
        var groq = new ProviderOptions { Name = "groq", CatalogSource = CatalogSourceKind.Static };

        Assert.Equal(("groq/llama-3.3-70b-versatile", "llama-3.3-70b-versatile"), new StaticModelOptions { Id = "llama-3.3-70b-versatile" }.IdsAt(groq));
        Assert.Equal(("fast-llama", "llama-3.3-70b-versatile"), new StaticModelOptions { Id = "fast-llama", UpstreamId = "llama-3.3-70b-versatile" }.IdsAt(groq));
    }
}
