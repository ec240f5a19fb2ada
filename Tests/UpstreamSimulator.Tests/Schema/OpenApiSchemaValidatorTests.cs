using AspireRouter.TestSupport;

namespace AspireRouter.UpstreamSimulator.Tests.Schema;

/// <summary>The validator the schema checks rely on catches what it must, and accepts OpenAPI's nullable fields.</summary>
public sealed class OpenApiSchemaValidatorTests
{
    private const string Chunk = """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"hi"},"finish_reason":null,"logprobs":null}]}""";

    [Fact]
    public void Problems_ValidStreamChunkWithNullableFields_None() =>
        Assert.Empty(OpenApiSchemaValidator.OpenAiSpec.Problems("CreateChatCompletionStreamResponse", Chunk));

    [Theory]
    [InlineData("\"object\":\"chat.completion.chunk\",", "")]
    [InlineData("\"finish_reason\":null", "\"finish_reason\":\"exploded\"")]
    [InlineData("\"created\":1", "\"created\":\"yesterday\"")]
    [InlineData("\"role\":\"assistant\"", "\"role\":\"robot\"")]
    public void Problems_BrokenStreamChunk_Reported(string part, string replacement) =>
        Assert.NotEmpty(OpenApiSchemaValidator.OpenAiSpec.Problems("CreateChatCompletionStreamResponse", Chunk.Replace(part, replacement, StringComparison.Ordinal)));

    [Fact]
    public void Problems_ModelListWithoutOwner_Reported() =>
        Assert.NotEmpty(OpenApiSchemaValidator.OpenAiSpec.Problems("ListModelsResponse", """{"object":"list","data":[{"id":"m","object":"model","created":1}]}"""));
}
