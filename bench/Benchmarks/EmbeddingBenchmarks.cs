using System.Globalization;
using System.Text;
using AspireRouter.RouterApi.Embeddings;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>
/// The embeddings hot path around the upstream call, for a batch of 100 vectors of 1024 dimensions: reading the provider's
/// answer into pooled vectors, and writing OpenAI's answer as numbers or as base64.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private const int Inputs = 100;
    private const int Dimensions = 1024;
    private readonly OpenAiEmbeddingAdapter _adapter = new();
    private readonly byte[] _answer = Answer();
    private readonly EmbeddingCall _call = new(
        new EmbeddingsRequest { Model = "m", Inputs = [.. Enumerable.Range(0, Inputs).Select(i => new EmbeddingInput($"text {i}", null))] },
        new ModelInfo { Id = "nvidia/baai/bge-m3", Provider = "nvidia", UpstreamId = "baai/bge-m3", Dimensions = Dimensions },
        new ProviderKeyRing(new ProviderOptions { Name = "nvidia", BaseUrl = "https://integrate.api.nvidia.com/v1" }).First);

    [Benchmark(Baseline = true)]
    public int ReadProviderAnswer()
    {
        using var vectors = _adapter.Read(_answer, _call)!;
        return vectors.Count;
    }

    [Benchmark]
    public int ReadAndWriteFloats() => ReadAndWrite(EmbeddingEncoding.Float);

    [Benchmark]
    public int ReadAndWriteBase64() => ReadAndWrite(EmbeddingEncoding.Base64);

    private int ReadAndWrite(EmbeddingEncoding encoding)
    {
        using var vectors = _adapter.Read(_answer, _call)!;
        using var payload = EmbeddingsResponseWriter.Write(vectors, _call.Model.Id, encoding, 400);
        return payload.WrittenCount;
    }

    private static byte[] Answer()
    {
        var random = new Random(7);
        var json = new StringBuilder("""{"object":"list","data":[""");
        for (var i = 0; i < Inputs; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}{{\"object\":\"embedding\",\"index\":{i},\"embedding\":[");
            for (var d = 0; d < Dimensions; d++)
            {
                json.Append(d == 0 ? "" : ",").Append(((float)((random.NextDouble() * 2) - 1) / 32).ToString(CultureInfo.InvariantCulture));
            }

            json.Append("]}");
        }

        return Encoding.UTF8.GetBytes(json.Append("""],"model":"baai/bge-m3","usage":{"prompt_tokens":400,"total_tokens":400}}""").ToString());
    }
}
