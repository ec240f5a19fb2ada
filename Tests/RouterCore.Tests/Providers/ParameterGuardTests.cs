using System.Text;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Anthropic;
using AspireRouter.RouterCore.Providers.Gemini;
using Microsoft.Extensions.Logging.Testing;

namespace AspireRouter.RouterCore.Tests.Providers;

public sealed class ParameterGuardTests
{
    private static readonly ProviderOptions Google = new() { Name = "gemini", Kind = ProviderKinds.Gemini, BaseUrl = "https://generativelanguage.googleapis.com/v1beta" };

    [Fact]
    public void Check_IgnoredParameter_IsLoggedOncePerProviderAndParameter()
    {
        var logger = new FakeLogger<ParameterGuard>();
        var guard = new ParameterGuard(logger);
        var body = Body("""{"user":"alice","logit_bias":{"1":2},"messages":[{"role":"user","content":"Hi"}]}""");

        guard.Check(Google, GeminiProviderAdapter.Support, body);
        guard.Check(Google, GeminiProviderAdapter.Support, body);

        Assert.Equal(
            ["Provider gemini (gemini) ignores the request parameter 'user'; requests are sent without it (logged once)",
             "Provider gemini (gemini) ignores the request parameter 'logit_bias'; requests are sent without it (logged once)"],
            logger.Collector.GetSnapshot().Select(record => record.Message));
    }

    [Fact]
    public void Check_UnknownParameter_IsIgnoredNotRejected()
    {
        var logger = new FakeLogger<ParameterGuard>();

        new ParameterGuard(logger).Check(Google, GeminiProviderAdapter.Support, Body("""{"plugins":[{"id":"web"}],"messages":[]}"""));

        Assert.Contains("'plugins'", logger.LatestRecord.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProviderSettings_OverrideTheWireFormat()
    {
        var strict = Google with { Parameters = new ParameterOptions { Reject = ["temperature"] } };
        var guard = new ParameterGuard(new FakeLogger<ParameterGuard>());

        Assert.Throws<UnsupportedParameterException>(() => guard.Check(strict, GeminiProviderAdapter.Support, Body("""{"temperature":0.5,"messages":[]}""")));
        guard.Check(strict, GeminiProviderAdapter.Support, Body("""{"temperature":null,"messages":[]}"""));
    }

    [Fact]
    public void Support_EachWireFormatDeclaresWhatItMapsIgnoresAndRejects()
    {
        Assert.Equal(ParameterHandling.Mapped, AnthropicProviderAdapter.Support.Of("tools"));
        Assert.Equal(ParameterHandling.Ignored, AnthropicProviderAdapter.Support.Of("seed"));
        Assert.Equal(ParameterHandling.Rejected, AnthropicProviderAdapter.Support.Of("response_format"));
        Assert.Equal(ParameterHandling.Mapped, AnthropicProviderAdapter.Support.Of("messages"));
        Assert.Contains("logprobs", AnthropicProviderAdapter.Support.Named(ParameterHandling.Rejected));
        Assert.True(ParameterSupport.PassThrough.IsPassThrough);
    }

    private static System.Buffers.ReadOnlySequence<byte> Body(string json) => new(Encoding.UTF8.GetBytes(json));
}
