using AspireRouter.RouterCore.Catalog;
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

        var openRouter = providers.Find("openrouter")!.Quotas;
        Assert.Equal((QuotaOptions.OpenRouterFree.RequestsPerMinute, QuotaOptions.OpenRouterFree.RequestsPerDay), (openRouter.RequestsPerMinute, openRouter.RequestsPerDay));
        Assert.True(openRouter.RequestsPerDayIsDefault, "the shipped daily quota is a default a learned one replaces");
        Assert.Equal(20, providers.Find("paid-tier")!.Quotas.RequestsPerMinute);
        Assert.Equal(1000, providers.Find("paid-tier")!.Quotas.RequestsPerDay);
        Assert.Null(providers.Find("local")!.Quotas.RequestsPerMinute);
    }

    [Fact]
    public void Configure_CountExactly_IsBoundAndKeptWithTheOpenRouterDefaults()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:openrouter:BaseUrl"] = "https://openrouter.ai/api/v1",
            ["Providers:openrouter:Quotas:CountExactly"] = "true",
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:Quotas:RequestsPerDay"] = "1000",
        });

        var openRouter = providers.Find("openrouter")!.Quotas;
        Assert.True(openRouter.CountExactly);
        Assert.Equal(QuotaOptions.OpenRouterFree.RequestsPerDay, openRouter.RequestsPerDay);
        Assert.False(providers.Find("groq")!.Quotas.CountExactly);
    }

    [Fact]
    public void Configure_NoSection_HasNoProviders()
    {
        Assert.Empty(Bind([]).All);
    }

    [Fact]
    public void Configure_NativeKindWithoutCatalogSource_ListsItsModelsInConfiguration()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:gemini:Kind"] = "gemini",
            ["Providers:gemini:BaseUrl"] = "https://generativelanguage.googleapis.com/v1beta",
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:CatalogSource"] = "OpenAiModels",
        });

        Assert.Equal(CatalogSourceKind.Static, providers.Find("gemini")!.CatalogSource);
        Assert.Equal(CatalogSourceKind.OpenAiModels, providers.Find("groq")!.CatalogSource);
    }

    [Fact]
    public void Configure_ApiKeyVariable_ReadsTheKeyFromThatVariable_AnExplicitKeyWins()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["GROQ_API_KEY"] = "gsk_from_environment",
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:ApiKeyVariable"] = "GROQ_API_KEY",
            ["Providers:cerebras:BaseUrl"] = "https://api.cerebras.ai/v1",
            ["Providers:cerebras:ApiKeyVariable"] = "GROQ_API_KEY",
            ["Providers:cerebras:ApiKey"] = "csk_explicit",
        });

        Assert.Equal("gsk_from_environment", providers.Find("groq")!.ApiKey);
        Assert.Equal("csk_explicit", providers.Find("cerebras")!.ApiKey);
    }

    [Fact]
    public void Configure_ProviderSettings_BindFreeRuleParametersAndModelDefaults()
    {
        var groq = Bind(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:Free:Rule"] = "AllowList",
            ["Providers:groq:Free:Models:0"] = "openai/gpt-oss-*",
            ["Providers:groq:Parameters:Ignore:0"] = "logprobs",
            ["Providers:groq:Parameters:Rename:seed"] = "random_seed",
            ["Providers:groq:ModelDefaults:SupportedParameters:0"] = "tools",
            ["Providers:groq:Enabled"] = "false",
        }).Find("groq")!;

        Assert.Equal(FreeRule.AllowList, groq.Free.Rule);
        Assert.Equal(["openai/gpt-oss-*"], groq.Free.Models);
        Assert.Equal(["logprobs"], groq.Parameters.Ignore);
        Assert.Equal("random_seed", groq.Parameters.Rename["seed"]);
        Assert.Equal(["tools"], groq.ModelDefaults.SupportedParameters);
        Assert.False(groq.Enabled);
    }

    [Fact]
    public void Configure_ImageOnlyModel_IsAnImageModelAndNeverAChatModel()
    {
        var providers = Bind(new Dictionary<string, string?>
        {
            ["Providers:workers-ai:Kind"] = ProviderKinds.Cloudflare,
            ["Providers:workers-ai:BaseUrl"] = "https://api.cloudflare.com/client/v4/accounts/id/ai",
            ["Providers:workers-ai:Images:Api"] = "Cloudflare",
            ["Providers:workers-ai:Models:0:Id"] = "@cf/black-forest-labs/flux-1-schnell",
            ["Providers:workers-ai:Models:0:OutputModalities:0"] = "image",
            ["Providers:workers-ai:Models:1:Id"] = "@cf/meta/llama-3.1-8b-instruct-fast",
            ["Providers:workers-ai:Models:2:Id"] = "@cf/meta/llama-3.2-11b-vision-instruct",
            ["Providers:workers-ai:Models:2:InputModalities:0"] = "text",
            ["Providers:workers-ai:Models:2:InputModalities:1"] = "image",
        });

        var provider = providers.Find("workers-ai")!;
        var models = provider.Models.Select(model => StaticModels.ToModelInfo(model, provider)).ToList();

        Assert.Equal(["image"], models[0].OutputModalities);
        Assert.True(models[0].Capabilities.HasFlag(ModelCapabilities.ImageOutput));
        Assert.False(models[0].Capabilities.HasFlag(ModelCapabilities.TextOutput));
        Assert.Equal(["text"], models[1].InputModalities);
        Assert.Equal(["text"], models[1].OutputModalities);
        Assert.Equal(["text", "image"], models[2].InputModalities);
    }

    [Fact]
    public void Configure_ApiKeysWithoutApiKey_TheFirstOfThemBecomesTheFirstKey()
    {
        var groq = Bind(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:ApiKeys:0"] = "gsk_first",
            ["Providers:groq:ApiKeys:1"] = "gsk_second",
        }).Find("groq")!;

        Assert.Equal("gsk_first", groq.ApiKey);
        Assert.Equal(["gsk_second"], groq.ApiKeys);
        Assert.Null(groq.SkipReason);
    }

    [Fact]
    public void Configure_ApiKeyAndApiKeys_ApiKeyIsTheFirstOfThePool()
    {
        var groq = Bind(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:ApiKey"] = "gsk_first",
            ["Providers:groq:ApiKeys:0"] = "gsk_second",
            ["Providers:groq:ApiKeys:1"] = "gsk_third",
        }).Find("groq")!;

        Assert.Equal("gsk_first", groq.ApiKey);
        Assert.Equal(["gsk_second", "gsk_third"], groq.ApiKeys);
    }

    [Fact]
    public void Configure_NumberedKeyVariables_AddKeysToThePool_UntilTheFirstMissingNumber()
    {
        var groq = Bind(new Dictionary<string, string?>
        {
            ["Providers:groq:BaseUrl"] = "https://api.groq.com/openai/v1",
            ["Providers:groq:ApiKeyVariable"] = "GROQ_API_KEY",
            ["GROQ_API_KEY"] = "gsk_first",
            ["GROQ_API_KEY_2"] = "gsk_second",
            ["GROQ_API_KEY_3"] = "gsk_third",
            ["GROQ_API_KEY_5"] = "gsk_after_a_gap",
        }).Find("groq")!;

        Assert.Equal("gsk_first", groq.ApiKey);
        Assert.Equal(["gsk_second", "gsk_third"], groq.ApiKeys);
    }

    private static ProvidersOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new ProvidersOptions();
        new ProvidersOptionsSetup(configuration).Configure(options);
        return options;
    }
}
