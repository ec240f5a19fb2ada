using AspireRouter.RouterApi.Embeddings;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterCore.Providers;

namespace AspireRouter.RouterApi.Tests.Embeddings.Upstream;

/// <summary>
/// Each embeddings API, from its documentation: what the router sends for a request (URL, key, body), and what it reads back
/// from the provider's documented answer, before the router writes it in OpenAI's shape.
/// </summary>
public sealed class EmbeddingAdapterGoldenTests
{
    [Fact]
    public void OpenAi_SendsTheInputsAsAnArray_AsksForFloats_PassesDimensionsAndUser_ReadsDataByIndexAndUsage()
    {
        var adapter = new OpenAiEmbeddingAdapter();
        var request = EmbeddingCalls.Texts("alpha", "beta");
        var call = EmbeddingCalls.For("openai", "mistral-embed", new EmbeddingsRequest { Model = "m", Inputs = request.Inputs, User = "user-7", Dimensions = 512 }, 1024, 256);

        var (message, body) = EmbeddingCalls.Build(adapter, call);
        using var vectors = EmbeddingCalls.Read(adapter, """
            {"object":"list","data":[{"object":"embedding","index":1,"embedding":[0.0,1.0]},{"object":"embedding","index":0,"embedding":[1.0,0.0]}],
             "model":"mistral-embed","usage":{"prompt_tokens":5,"total_tokens":5}}
            """, call);

        Assert.Equal("https://api.example.test/v1/embeddings", message.RequestUri!.ToString());
        Assert.Equal($"Bearer {EmbeddingCalls.Key}", message.Headers.Authorization!.ToString());
        EmbeddingCalls.AssertJson("""{"model":"mistral-embed","input":["alpha","beta"],"encoding_format":"float","dimensions":512,"user":"user-7"}""", body);
        Assert.Equal((2, 2, 5), (vectors.Count, vectors.Dimensions, vectors.PromptTokens));
        Assert.Equal([1f, 0f], vectors[0].ToArray());
        Assert.Equal([0f, 1f], vectors[1].ToArray());
    }

    [Fact]
    public void OpenAi_TokenArrays_GoAsArraysOfIds_AndTheModelsOwnSizeIsNotSent()
    {
        var adapter = new OpenAiEmbeddingAdapter();
        var request = new EmbeddingsRequest { Model = "m", Inputs = [new EmbeddingInput(null, [1, 2, 3]), new EmbeddingInput(null, [4])], HasTokens = true, Dimensions = 1024 };

        var (_, body) = EmbeddingCalls.Build(adapter, EmbeddingCalls.For("openai", "baai/bge-m3", request, 1024));

        EmbeddingCalls.AssertJson("""{"model":"baai/bge-m3","input":[[1,2,3],[4]],"encoding_format":"float"}""", body);
    }

    [Fact]
    public void Gemini_OneRequestPerText_KeyInItsHeader_CutVectorsNormalised()
    {
        var adapter = new GeminiEmbeddingAdapter();
        var request = new EmbeddingsRequest { Model = "m", Inputs = EmbeddingCalls.Texts("alpha", "beta").Inputs, Dimensions = 2 };
        var call = EmbeddingCalls.For("gemini", "gemini-embedding-001", request, 3072, 128, "https://generativelanguage.example.test/v1beta");

        var (message, body) = EmbeddingCalls.Build(adapter, call);
        using var vectors = EmbeddingCalls.Read(adapter, """{"embeddings":[{"values":[3.0,4.0]},{"values":[0.0,2.0]}]}""", call);

        Assert.Equal("https://generativelanguage.example.test/v1beta/models/gemini-embedding-001:batchEmbedContents", message.RequestUri!.ToString());
        Assert.Equal([EmbeddingCalls.Key], message.Headers.GetValues("x-goog-api-key"));
        Assert.Null(message.Headers.Authorization);
        EmbeddingCalls.AssertJson("""
            {"requests":[
              {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"alpha"}]},"outputDimensionality":2},
              {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"beta"}]},"outputDimensionality":2}]}
            """, body);
        Assert.Null(vectors.PromptTokens);
        Assert.Equal([0.6f, 0.8f], vectors[0].ToArray());
        Assert.Equal([0f, 1f], vectors[1].ToArray());
    }

    [Fact]
    public void Cohere_TextsAsSearchDocuments_FloatTypes_ReadsFloatsAndBilledTokens()
    {
        var adapter = new CohereEmbeddingAdapter();
        var call = EmbeddingCalls.For("cohere", "embed-v4.0", EmbeddingCalls.Texts("alpha", "beta"), 1536, baseUrl: "https://api.cohere.example.test/v2");

        var (message, body) = EmbeddingCalls.Build(adapter, call);
        using var vectors = EmbeddingCalls.Read(adapter, """
            {"id":"da6e531f","embeddings":{"float":[[0.5,0.25],[0.125,1.0]]},"texts":["alpha","beta"],
             "meta":{"api_version":{"version":"2"},"billed_units":{"input_tokens":4}},"response_type":"embeddings_by_type"}
            """, call);

        Assert.Equal("https://api.cohere.example.test/v2/embed", message.RequestUri!.ToString());
        Assert.Equal($"Bearer {EmbeddingCalls.Key}", message.Headers.Authorization!.ToString());
        EmbeddingCalls.AssertJson("""{"model":"embed-v4.0","texts":["alpha","beta"],"input_type":"search_document","embedding_types":["float"]}""", body);
        Assert.Equal((2, 4), (vectors.Count, vectors.PromptTokens));
        Assert.Equal([0.125f, 1f], vectors[1].ToArray());
    }

    [Fact]
    public void WorkersAi_RunsTheModelUnderRun_WithText_ReadsResultData()
    {
        var adapter = new CloudflareEmbeddingAdapter();
        var call = EmbeddingCalls.For("cloudflare", "@cf/baai/bge-small-en-v1.5", EmbeddingCalls.Texts("alpha"), 2, baseUrl: "https://api.cloudflare.example.test/client/v4/accounts/acc/ai");

        var (message, body) = EmbeddingCalls.Build(adapter, call);
        using var vectors = EmbeddingCalls.Read(adapter, """
            {"result":{"shape":[1,2],"data":[[0.5,-0.5]],"pooling":"cls"},"success":true,"errors":[],"messages":[]}
            """, call);

        Assert.Equal("https://api.cloudflare.example.test/client/v4/accounts/acc/ai/run/@cf/baai/bge-small-en-v1.5", message.RequestUri!.ToString());
        EmbeddingCalls.AssertJson("""{"text":["alpha"]}""", body);
        Assert.Equal([0.5f, -0.5f], vectors[0].ToArray());
    }

    [Fact]
    public void HuggingFace_FeatureExtractionBesideTheV1Root_NormalisedInputs_ReadsTheBareVectors()
    {
        var adapter = new HuggingFaceEmbeddingAdapter();
        var call = EmbeddingCalls.For(
            "openai", "sentence-transformers/all-MiniLM-L6-v2", EmbeddingCalls.Texts("alpha", "beta"), 2, baseUrl: "https://router.huggingface.example.test/v1", api: EmbeddingApi.HuggingFace);

        var (message, body) = EmbeddingCalls.Build(adapter, call);
        using var vectors = EmbeddingCalls.Read(adapter, "[[0.5,0.5],[1.0,0.0]]", call);

        Assert.Equal(
            "https://router.huggingface.example.test/hf-inference/models/sentence-transformers/all-MiniLM-L6-v2/pipeline/feature-extraction",
            message.RequestUri!.ToString());
        EmbeddingCalls.AssertJson("""{"inputs":["alpha","beta"],"normalize":true}""", body);
        Assert.Equal((2, 2), (vectors.Count, vectors.Dimensions));
    }

    [Theory]
    [InlineData("""{"data":[]}""")]
    [InlineData("""{"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1]}]}""")]
    [InlineData("""{"data":[{"index":0,"embedding":["1"]}]}""")]
    [InlineData("""{"error":{"message":"no"}}""")]
    [InlineData("not json")]
    public void Read_AnAnswerWithoutUsableVectors_IsNone(string body)
    {
        var adapter = new OpenAiEmbeddingAdapter();

        Assert.Null(adapter.Read(System.Text.Encoding.UTF8.GetBytes(body), EmbeddingCalls.For("openai", "m", EmbeddingCalls.Texts("a"), 2)));
    }
}
