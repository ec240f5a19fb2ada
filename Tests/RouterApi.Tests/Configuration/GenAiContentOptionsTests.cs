using AspireRouter.RouterApi.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary>Message content is captured only when asked: by <c>Telemetry:CaptureMessageContent</c>, or else by the conventions' variable.</summary>
public sealed class GenAiContentOptionsTests
{
    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "true", true)]
    [InlineData("false", "true", false)]
    [InlineData("true", null, true)]
    public void CaptureMessageContent_FollowsTheSetting_ElseTheConventionsVariable(string? setting, string? variable, bool captured)
    {
        using var services = Services(new() { ["Telemetry:CaptureMessageContent"] = setting, [GenAiContentOptions.CaptureContentVariable] = variable });

        Assert.Equal(captured, services.GetRequiredService<IOptions<GenAiContentOptions>>().Value.CaptureMessageContent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2000000")]
    public void ContentCapOutOfRange_IsRefused(string cap)
    {
        using var services = Services(new() { ["Telemetry:MaxCapturedContentBytes"] = cap });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GenAiContentOptions>>().Value);
        Assert.Contains("Telemetry:MaxCapturedContentBytes", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddRouterTelemetry();
        return services.BuildServiceProvider();
    }
}
