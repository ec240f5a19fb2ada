using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Providers.Golden;

/// <summary>Drives one adapter the way ChatAttempt does: request out, answer or stream back, with the stream fed in small reads.</summary>
internal sealed class TranslationHarness
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public TranslationHarness(string kind)
    {
        Time = new FakeTimeProvider(Now);
        Adapter = TestAdapters.All(Time).For(new ProviderOptions { Kind = kind });
    }

    public FakeTimeProvider Time { get; }

    public IProviderAdapter Adapter { get; }

    public IResponseTranslator Translator => Adapter.Responses!;

    /// <summary>The upstream request for an OpenAI body, and its body as JSON.</summary>
    public async Task<(HttpRequestMessage Request, JsonNode Body)> RequestAsync(ProviderOptions provider, string openAiBody, string upstreamModel)
    {
        using var buffer = new PooledByteBufferWriter();
        var request = Adapter.CreateChatRequest(provider, new(Encoding.UTF8.GetBytes(openAiBody)), upstreamModel, buffer);
        var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return (request, body);
    }

    public JsonNode Complete(string providerBody, string model = "public/model")
    {
        using var output = new PooledByteBufferWriter();
        var failure = Translator.TranslateCompletion(Encoding.UTF8.GetBytes(providerBody), model, output);
        Assert.Null(failure);
        return JsonNode.Parse(output.WrittenSpan)!;
    }

    public UpstreamFailure? CompleteFailure(string providerBody)
    {
        using var output = new PooledByteBufferWriter();
        return Translator.TranslateCompletion(Encoding.UTF8.GetBytes(providerBody), "public/model", output);
    }

    /// <summary>The translated stream's <c>data:</c> payloads, read while the provider's bytes arrive <paramref name="readSize"/> at a time.</summary>
    public async Task<TranslatedEvents> StreamAsync(string providerStream, int readSize = 7, string model = "public/model")
    {
        await using var stream = Translator.OpenStream(new TrickleStream(Encoding.UTF8.GetBytes(providerStream), readSize), model, 1024 * 1024);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.EndsWith("\n\n", text, StringComparison.Ordinal);
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        return new TranslatedEvents([.. events.Select(e => e["data: ".Length..])], stream.Failure);
    }

    public UpstreamFailure? Classify(int status, string body, Action<HttpResponseHeaders>? headers = null)
    {
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);
        headers?.Invoke(response.Headers);
        return Adapter.Classify(response, Encoding.UTF8.GetBytes(body));
    }

    public static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n  actual {actual?.ToJsonString()}");
}
