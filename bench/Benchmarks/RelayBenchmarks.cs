using System.Text;
using AspireRouter.RouterApi.Chat;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.Benchmarks;

/// <summary>
/// RouterApi's <see cref="StreamRelay"/> on an OpenRouter stream of 50 tokens, one event per upstream read and a flush to the
/// client per event; times and allocations are per relayed chunk.
/// </summary>
[MemoryDiagnoser]
public class RelayBenchmarks
{
    private const int Tokens = 50;

    /// <summary>The token chunks, the finishing chunk and the usage chunk.</summary>
    private const int Chunks = Tokens + 2;

    private readonly DefaultHttpContext _context = new();
    private readonly EventByEventStream _upstream = OpenRouterStream();

    /// <summary>Chunks copied as they are (the model's public id is the upstream's, as on OpenRouter).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Chunks)]
    public Task Relay() => RelayOnceAsync(null);

    /// <summary>Each chunk's <c>model</c> rewritten to the public id (providers whose ids differ from the router's).</summary>
    [Benchmark(OperationsPerInvoke = Chunks)]
    public Task RelayRewritingModel() => RelayOnceAsync("vendor/public-model:free");

    private async Task RelayOnceAsync(string? publicModelId)
    {
        _upstream.Rewind();
        using var events = new SseReadBuffer(_upstream, 1024 * 1024);
        var relay = new StreamRelay(_context, failures: default, publicModelId);
        if (await relay.AwaitFirstChunkAsync(events, CancellationToken.None) is { } failure)
        {
            throw new InvalidOperationException(failure.Message);
        }

        await relay.RelayAsync(events, CancellationToken.None);
    }

    private static EventByEventStream OpenRouterStream()
    {
        const string head = """data: {"id":"gen-1795685113-b61kif8moyzhrwtj2fjw","provider":"Nebius","model":"google/gemma-3-27b-it:free","object":"chat.completion.chunk","created":1795685113,"choices":""";
        var events = new List<string> { ": OPENROUTER PROCESSING\n\n" };
        for (var i = 0; i < Tokens; i++)
        {
            events.Add(head + $$"""[{"index":0,"delta":{"role":"assistant","content":" token{{i}}"},"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}""" + "\n\n");
        }

        events.Add(head + """[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":"stop","native_finish_reason":"stop","logprobs":null}]}""" + "\n\n");
        events.Add(head + """[],"usage":{"prompt_tokens":3,"completion_tokens":50,"total_tokens":53}}""" + "\n\n");
        events.Add("data: [DONE]\n\n");

        var body = Encoding.UTF8.GetBytes(string.Concat(events));
        var ends = new int[events.Count];
        for (int i = 0, end = 0; i < events.Count; i++)
        {
            end += Encoding.UTF8.GetByteCount(events[i]);
            ends[i] = end;
        }

        return new EventByEventStream(body, ends);
    }
}
