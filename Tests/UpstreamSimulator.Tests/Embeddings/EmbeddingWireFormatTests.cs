using System.Net;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Tests.Native;
using AspireRouter.UpstreamSimulator.Tests.Support;

namespace AspireRouter.UpstreamSimulator.Tests.Embeddings;

/// <summary>
/// The simulated providers' embeddings, each in its documented wire format: deterministic unit vectors of the model's size, one per
/// text in order; the same weights at two providers give the same vectors; scripted faults answer in each provider's error shape.
/// </summary>
public sealed class EmbeddingWireFormatTests
{
    private static readonly (string, string)[] Bearer = [("Authorization", "Bearer test-key")];
    private static readonly (string, string)[] GoogleKey = [("x-goog-api-key", "AIza-test")];

    [Fact]
    public async Task OpenAiCompatible_TextsInOrder_UnitVectors_UsageCounted_SameTextSameVector()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string body = """{"model":"mistral-embed","input":["alpha","beta"]}""";

        var first = await client.JsonOkAsync("mistral/v1/embeddings", body, Bearer);
        var again = await client.JsonOkAsync("mistral/v1/embeddings", """{"model":"mistral-embed","input":"beta"}""", Bearer);

        Assert.Equal("list", first.GetProperty("object").GetString());
        Assert.Equal("mistral-embed", first.GetProperty("model").GetString());
        var data = first.GetProperty("data");
        Assert.Equal([0, 1], data.EnumerateArray().Select(item => item.GetProperty("index").GetInt32()));
        var vectors = data.EnumerateArray().Select(item => Floats(item.GetProperty("embedding"))).ToList();
        Assert.All(vectors, vector => Assert.Equal(1024, vector.Length));
        Assert.All(vectors, vector => Assert.Equal(1.0, Norm(vector), 4));
        Assert.NotEqual(vectors[0], vectors[1]);
        Assert.Equal(vectors[1], Floats(again.GetProperty("data")[0].GetProperty("embedding")));
        Assert.True(first.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() >= 2);
    }

    [Fact]
    public async Task OpenAiCompatible_Base64IsTheLittleEndianFloats_TokenArraysAccepted()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var floats = await client.JsonOkAsync("nvidia/v1/embeddings", """{"model":"baai/bge-m3","input":[[1,2,3]]}""", Bearer);
        var base64 = await client.JsonOkAsync("nvidia/v1/embeddings", """{"model":"baai/bge-m3","input":[[1,2,3]],"encoding_format":"base64"}""", Bearer);

        var bytes = Convert.FromBase64String(base64.GetProperty("data")[0].GetProperty("embedding").GetString()!);
        var decoded = Enumerable.Range(0, bytes.Length / 4).Select(i => BitConverter.ToSingle(bytes, i * 4)).ToArray();
        Assert.Equal(Floats(floats.GetProperty("data")[0].GetProperty("embedding")), decoded);
    }

    [Fact]
    public async Task Gemini_BatchEmbedContents_CutsToOutputDimensionality_AndChecksTheModel()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string path = "gemini/v1beta/models/gemini-embedding-001:batchEmbedContents";

        var answer = await client.JsonOkAsync(path, """
            {"requests":[{"model":"models/gemini-embedding-001","content":{"parts":[{"text":"alpha"}]},"outputDimensionality":256},
                         {"model":"models/gemini-embedding-001","content":{"parts":[{"text":"beta"}]},"outputDimensionality":256}]}
            """, GoogleKey);
        using var mismatch = await client.PostAsync(path, """{"requests":[{"model":"models/other","content":{"parts":[{"text":"a"}]}}]}""", GoogleKey);
        using var tooSmall = await client.PostAsync(path, """{"requests":[{"model":"models/gemini-embedding-001","content":{"parts":[{"text":"a"}]},"outputDimensionality":64}]}""", GoogleKey);

        var vectors = answer.GetProperty("embeddings").EnumerateArray().Select(item => Floats(item.GetProperty("values"))).ToList();
        Assert.Equal([256, 256], vectors.Select(vector => vector.Length));
        Assert.Equal(1.0, Norm(vectors[0]), 4);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal("INVALID_ARGUMENT", (await mismatch.JsonAsync()).GetProperty("error").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, tooSmall.StatusCode);
    }

    [Fact]
    public async Task Cohere_Embed_FloatsByType_BilledTokens_InputTypeRequired()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var answer = await client.JsonOkAsync("cohere/v2/embed", """{"model":"embed-v4.0","texts":["alpha","beta"],"input_type":"search_document","embedding_types":["float"]}""", Bearer);
        using var noInputType = await client.PostAsync("cohere/v2/embed", """{"model":"embed-v4.0","texts":["alpha"]}""", Bearer);

        var floats = answer.GetProperty("embeddings").GetProperty("float");
        Assert.Equal([1536, 1536], floats.EnumerateArray().Select(vector => vector.GetArrayLength()));
        Assert.True(answer.GetProperty("meta").GetProperty("billed_units").GetProperty("input_tokens").GetInt32() >= 2);
        Assert.Equal("embeddings_by_type", answer.GetProperty("response_type").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noInputType.StatusCode);
    }

    [Fact]
    public async Task WorkersAi_BgeRun_ResultShapeAndData_SameWeightsAsNvidiasBgeM3()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var answer = await client.JsonOkAsync("cloudflare/client/v4/accounts/acc/ai/run/@cf/baai/bge-m3", """{"text":["alpha"]}""", Bearer);
        var nvidia = await client.JsonOkAsync("nvidia/v1/embeddings", """{"model":"baai/bge-m3","input":"alpha"}""", Bearer);
        var small = await client.JsonOkAsync("cloudflare/client/v4/accounts/acc/ai/run/@cf/baai/bge-small-en-v1.5", """{"text":"alpha"}""", Bearer);

        var result = answer.GetProperty("result");
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal([1, 1024], result.GetProperty("shape").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal(Floats(nvidia.GetProperty("data")[0].GetProperty("embedding")), Floats(result.GetProperty("data")[0]));
        Assert.Equal(384, small.GetProperty("result").GetProperty("data")[0].GetArrayLength());
    }

    [Fact]
    public async Task HuggingFace_FeatureExtraction_AnswersTheBareVectors()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        var answer = await client.JsonOkAsync(
            "huggingface/hf-inference/models/sentence-transformers/all-MiniLM-L6-v2/pipeline/feature-extraction", """{"inputs":["alpha","beta"],"normalize":true}""", Bearer);

        Assert.Equal(JsonValueKind.Array, answer.ValueKind);
        Assert.Equal([384, 384], answer.EnumerateArray().Select(vector => vector.GetArrayLength()));
    }

    [Theory]
    [InlineData("mistral/v1/embeddings", """{"model":"mistral-embed","input":"a"}""", "mistral", "mistral-embed", 503, "error.type")]
    [InlineData("gemini/v1beta/models/gemini-embedding-001:batchEmbedContents", """{"requests":[{"model":"models/gemini-embedding-001","content":{"parts":[{"text":"a"}]}}]}""", "gemini", "gemini-embedding-001", 503, "error.status")]
    [InlineData("cohere/v2/embed", """{"model":"embed-v4.0","texts":["a"],"input_type":"search_query"}""", "cohere", "embed-v4.0", 503, "message")]
    [InlineData("cloudflare/client/v4/accounts/acc/ai/run/@cf/baai/bge-m3", """{"text":"a"}""", "cloudflare", "@cf/baai/bge-m3", 429, "errors")]
    [InlineData("huggingface/hf-inference/models/BAAI/bge-small-en-v1.5/pipeline/feature-extraction", """{"inputs":"a"}""", "huggingface", "BAAI/bge-small-en-v1.5", 503, "error")]
    public async Task ScriptedFault_FailsTheModel_InTheProvidersErrorShape(string path, string body, string provider, string model, int status, string errorField)
    {
        await using var simulator = await TestSimulator.StartAsync(options =>
            options.Faults.Add(new FaultRule { Provider = provider, Model = model, Kind = FaultKinds.Unavailable503, Count = 1 }));
        using var client = simulator.Client();
        var headers = provider == "gemini" ? GoogleKey : Bearer;

        using var failed = await client.PostAsync(path, body, headers);
        using var next = await client.PostAsync(path, body, headers);

        Assert.Equal(status, (int)failed.StatusCode);
        var error = await failed.JsonAsync();
        foreach (var field in errorField.Split('.'))
        {
            Assert.True(error.TryGetProperty(field, out error), $"no '{errorField}' in the error");
        }

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(FaultKinds.Unavailable503, simulator.Control.Requests[0].Fault);
    }

    [Fact]
    public async Task UnknownModel_OrNoKey_IsRefusedAsTheProviderRefusesIt()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var unknown = await client.PostAsync("mistral/v1/embeddings", """{"model":"no-such-embed","input":"a"}""", Bearer);
        using var keyless = await client.PostAsync("mistral/v1/embeddings", """{"model":"mistral-embed","input":"a"}""");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("model_not_found", (await unknown.JsonAsync()).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, keyless.StatusCode);
    }

    private static float[] Floats(JsonElement vector) => [.. vector.EnumerateArray().Select(value => value.GetSingle())];

    private static double Norm(float[] vector) => Math.Sqrt(vector.Sum(value => (double)value * value));
}
