using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.RouterCore.Tests.Providers;

public sealed class ProvidersOptionsSetupTests
{
    [Fact]
    public void Configure_DictionaryKeyedByName_NamesEachProviderByItsKey()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:openrouter:BaseUrl"] = "https://openrouter.ai/api/v1",
            ["Providers:openrouter:ApiKey"] = "sk-or-v1-secret",
            ["Providers:openrouter:Headers:HTTP-Referer"] = "https://router.example",
            ["Providers:openrouter:Headers:X-Title"] = "AspireRouter",
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:CatalogSource"] = "Static",
            ["Providers:groq:Models:0:Id"] = "groq/llama-3.3-70b-versatile",
            ["Providers:groq:Models:0:UpstreamId"] = "llama-3.3-70b-versatile",
            ["Providers:groq:Models:0:ContextLength"] = "131072",
            ["Providers:groq:Models:0:SupportedParameters:0"] = "tools",
            ["Providers:groq:Quotas:RequestsPerMinute"] = "30",
        });

        var openRouter = providers.Find("openrouter")!;
        Assert.Equal("openrouter", openRouter.Name);
        Assert.Equal(ProviderKinds.OpenAi, openRouter.Kind);
        Assert.Equal("sk-or-v1-secret", openRouter.ApiKey);
        Assert.Equal("AspireRouter", openRouter.Headers["X-Title"]);
        Assert.Equal("https://router.example", openRouter.Headers["HTTP-Referer"]);
        Assert.Equal(CatalogSourceKind.OpenRouter, openRouter.CatalogSource);

        var groq = providers.Find("groq")!;
        Assert.Equal(CatalogSourceKind.Static, groq.CatalogSource);
        var model = Assert.Single(groq.Models);
        Assert.Equal("llama-3.3-70b-versatile", model.UpstreamId);
        Assert.Equal(131_072, model.ContextLength);
        Assert.Equal(["tools"], model.SupportedParameters);
        Assert.Equal(30, groq.Quotas.RequestsPerMinute);
        Assert.Null(groq.Quotas.RequestsPerDay);
    }

    [Fact]
    public void Configure_List_TakesNamesFromEntries()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:0:Name"] = "openrouter",
            ["Providers:0:BaseUrl"] = "https://openrouter.ai/api/v1",
            ["Providers:1:Name"] = "ollama",
            ["Providers:1:BaseUrl"] = "http://localhost:11434/v1",
            ["Providers:1:CatalogSource"] = "Static",
        });

        Assert.Equal(["openrouter", "ollama"], providers.All.Select(provider => provider.Name));
    }

    [Fact]
    public void Configure_OpenRouterCatalog_DefaultsToTheFreeModelQuotas()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:openrouter:BaseUrl"] = "https://openrouter.ai/api/v1",
            ["Providers:paid-tier:BaseUrl"] = "https://openrouter.ai/api/v1",
            ["Providers:paid-tier:Quotas:RequestsPerDay"] = "1000",
            ["Providers:local:BaseUrl"] = "http://localhost:11434/v1",
            ["Providers:local:CatalogSource"] = "Static",
        });

        Assert.Equal(QuotaOptions.OpenRouterFree, providers.Find("openrouter")!.Quotas);
        Assert.Equal(20, providers.Find("paid-tier")!.Quotas.RequestsPerMinute);
        Assert.Equal(1000, providers.Find("paid-tier")!.Quotas.RequestsPerDay);
        Assert.Null(providers.Find("local")!.Quotas.RequestsPerMinute);
    }

    [Fact]
    public void Configure_NoSection_HasNoProviders()
    {
        Assert.Empty(Bind([]).All);
    }

    private static ProvidersOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new ProvidersOptions();
        new ProvidersOptionsSetup(configuration).Configure(options);
        return options;
    }
}
