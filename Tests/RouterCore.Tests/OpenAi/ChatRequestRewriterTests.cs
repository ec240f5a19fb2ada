using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.OpenAi;

public sealed class ChatRequestRewriterTests
{
    [Fact]
    public void Rewrite_Body_ReplacesModelAndDropsRouterFields()
    {
        var output = Rewrite("""{"model":"free","models":["a","b"],"route":"fallback","messages":[{"role":"user","content":"Hi"}]}""", "vendor/model:free", keepProviderPreferences: true);

        Assert.Equal("""{"model":"vendor/model:free","messages":[{"role":"user","content":"Hi"}]}""", output);
    }

    [Fact]
    public void Rewrite_OtherFields_AreCopiedByteForByte()
    {
        var output = Rewrite("""{"temperature":1.0e0,"stop":["\n"],"x":{"y":[1, 2 ,{"z":null}]},"model":"free","text":"caf\u00e9","messages":[]}""", "m", keepProviderPreferences: true);

        Assert.Equal("""{"model":"m","temperature":1.0e0,"stop":["\n"],"x":{"y":[1, 2 ,{"z":null}]},"text":"caf\u00e9","messages":[]}""", output);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Rewrite_ProviderPreferences_KeptOnlyWhenAsked(bool keep, bool expectProvider)
    {
        var output = Rewrite("""{"provider":{"allow_fallbacks":false},"messages":[]}""", "m", keep);

        using var document = JsonDocument.Parse(output);
        Assert.Equal(expectProvider, document.RootElement.TryGetProperty("provider", out _));
    }

    [Fact]
    public void Rewrite_RouterHints_NeverGoUpstream()
    {
        var output = Rewrite("""{"router":{"min_params":70},"messages":[]}""", "m", keepProviderPreferences: true);

        Assert.Equal("""{"model":"m","messages":[]}""", output);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Rewrite_Transforms_GoOnlyToOpenRouter(bool keep, bool expectTransforms)
    {
        var output = Rewrite("""{"transforms":["middle-out"],"messages":[]}""", "m", keep);

        using var document = JsonDocument.Parse(output);
        Assert.Equal(expectTransforms, document.RootElement.TryGetProperty("transforms", out _));
    }

    [Fact]
    public void Rewrite_EscapedPropertyNames_StayEquivalent()
    {
        var output = Rewrite("""{"mod\u0065l":"free","caf\u00e9":1,"messages":[]}""", "m", keepProviderPreferences: true);

        using var document = JsonDocument.Parse(output);
        Assert.Equal("m", document.RootElement.GetProperty("model").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("café").GetInt32());
        Assert.Equal(3, document.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void Rewrite_MultiSegmentBody_MatchesContiguousRewrite()
    {
        const string Json = """{"model":"free","messages":[{"role":"user","content":"Hello there, how are you?"}],"seed":7}""";
        using var buffer = new PooledByteBufferWriter();

        ChatRequestRewriter.Rewrite(Segments.Split(Encoding.UTF8.GetBytes(Json), 5), "m", buffer, keepProviderPreferences: true);

        Assert.Equal(Rewrite(Json, "m", keepProviderPreferences: true), Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static string Rewrite(string json, string model, bool keepProviderPreferences)
    {
        using var buffer = new PooledByteBufferWriter(16);
        ChatRequestRewriter.Rewrite(Encoding.UTF8.GetBytes(json), model, buffer, keepProviderPreferences);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
