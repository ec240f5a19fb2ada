using System.Text;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Streaming;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>A native provider's stream read through its translator: one event may not grow past the limit.</summary>
public sealed class TranslatedStreamLimitTests
{
    private const int Cap = 16 * 1024;

    [Theory]
    [InlineData(ProviderKinds.Anthropic, "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":{\"text\":\"")]
    [InlineData(ProviderKinds.Ollama, "{\"message\":{\"content\":\"")]
    public async Task EventLargerThanTheCap_FailsTheRead(string kind, string start)
    {
        var translator = new TranslationHarness(kind).Translator;
        var provider = Encoding.UTF8.GetBytes(start + new string('x', 4 * Cap));
        await using var stream = translator.OpenStream(new TrickleStream(provider, 1000), "public/model", Cap);
        var buffer = new byte[4096];

        var failure = await Assert.ThrowsAsync<UpstreamStreamException>(async () =>
        {
            while (await stream.ReadAsync(buffer, TestContext.Current.CancellationToken) > 0)
            {
            }
        });

        Assert.Contains($"larger than {Cap} bytes", failure.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public async Task LongEventInSmallReads_IsTranslatedWhole(int readSize)
    {
        var text = new string('y', Cap / 2);
        var provider = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"" + text + "\"},\"done\":false}\n"
            + "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,\"done_reason\":\"stop\"}\n";
        var translator = new TranslationHarness(ProviderKinds.Ollama).Translator;
        await using var stream = translator.OpenStream(new TrickleStream(Encoding.UTF8.GetBytes(provider), readSize), "public/model", Cap);
        using var reader = new StreamReader(stream);

        var translated = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        Assert.Contains(text, translated, StringComparison.Ordinal);
        Assert.EndsWith("data: [DONE]\n\n", translated, StringComparison.Ordinal);
    }
}
