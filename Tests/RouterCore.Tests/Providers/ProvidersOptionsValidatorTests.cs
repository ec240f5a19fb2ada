using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterCore.Tests.Providers;

public sealed class ProvidersOptionsValidatorTests
{
    private static readonly ProviderOptions Valid = new() { Name = "openrouter", BaseUrl = "https://openrouter.ai/api/v1" };

    [Fact]
    public void Validate_WellFormedProviders_Succeeds()
    {
        Assert.True(Validate(Valid, Valid with { Name = "groq", BaseUrl = "https://api.groq.com/openai/v1" }).Succeeded);
    }

    [Theory]
    [InlineData("", "https://openrouter.ai/api/v1", "openai", "needs a Name")]
    [InlineData("openrouter", "openrouter.ai/api/v1", "openai", "BaseUrl")]
    [InlineData("openrouter", "ftp://openrouter.ai", "openai", "BaseUrl")]
    [InlineData("openrouter", "https://openrouter.ai/api/v1", "grpc", "Kind 'grpc' is not supported")]
    public void Validate_BadProvider_SaysWhatIsWrong(string name, string baseUrl, string kind, string expected)
    {
        var result = Validate(Valid with { Name = name, BaseUrl = baseUrl, Kind = kind });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameNameTwice_Fails()
    {
        Assert.Contains("used twice", Validate(Valid, Valid with { Name = "OpenRouter" }).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonPositiveQuota_Fails()
    {
        Assert.True(Validate(Valid with { Quotas = new QuotaOptions { RequestsPerDay = 0 } }).Failed);
    }

    [Fact]
    public void Validate_StaticModelWithoutId_Fails()
    {
        var provider = Valid with { CatalogSource = CatalogSourceKind.Static, Models = [new StaticModelOptions()] };

        Assert.Contains("needs an Id", Validate(provider).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("gemini")]
    [InlineData("anthropic")]
    [InlineData("cohere")]
    [InlineData("cloudflare")]
    [InlineData("ollama")]
    public void Validate_EveryWireFormat_IsAKnownKind(string kind)
    {
        Assert.True(Validate(Valid with { Kind = kind, CatalogSource = CatalogSourceKind.Static }).Succeeded);
    }

    [Fact]
    public void Validate_AllowListWithoutModels_Fails()
    {
        var provider = Valid with { Free = new FreeRuleOptions { Rule = FreeRule.AllowList } };

        Assert.Contains("AllowList rule needs Models", Validate(provider).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PricingRuleWithoutPrices_Fails()
    {
        var provider = Valid with { CatalogSource = CatalogSourceKind.OpenAiModels, Free = new FreeRuleOptions { Rule = FreeRule.Pricing } };

        Assert.Contains("Pricing rule needs prices", Validate(provider).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlaceholderInBaseUrl_FailsOnlyOnceTheProviderServes()
    {
        var cloudflare = Valid with { Name = "cloudflare", Kind = "cloudflare", BaseUrl = "https://api.cloudflare.com/client/v4/accounts/{ACCOUNT_ID}/ai" };

        Assert.True(Validate(cloudflare).Succeeded);
        Assert.Contains("placeholder", Validate(cloudflare with { ApiKey = "token" }).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParameterIgnoredAndRejected_Fails()
    {
        var provider = Valid with { Parameters = new ParameterOptions { Ignore = ["seed"], Reject = ["seed"] } };

        Assert.Contains("'seed' is both ignored and rejected", Validate(provider).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyPoolWithAnEmptyKey_Fails()
    {
        var result = Validate(Valid with { ApiKey = "sk-or-v1-first-key-0001", ApiKeys = ["sk-or-v1-second-key-0002", " "] });

        Assert.True(result.Failed);
        Assert.Contains("Providers:openrouter:ApiKeys: a key is empty", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyPoolWithTheSameKeyTwice_FailsNamingItsPlace_NeverItsValue()
    {
        const string repeated = "sk-or-v1-repeated-key-0001";

        var result = Validate(Valid with { ApiKey = repeated, ApiKeys = ["sk-or-v1-second-key-0002", repeated] });

        Assert.True(result.Failed);
        Assert.Contains("key 3 repeats an earlier key", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(repeated, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("0001", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_KeyPoolOfDifferentKeys_Succeeds()
    {
        Assert.True(Validate(Valid with { ApiKey = "sk-or-v1-first-key-0001", ApiKeys = ["sk-or-v1-second-key-0002", "sk-or-v1-third-key-0003"] }).Succeeded);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(params ProviderOptions[] providers) =>
        new ProvidersOptionsValidator().Validate(null, new ProvidersOptions { All = providers });
}
