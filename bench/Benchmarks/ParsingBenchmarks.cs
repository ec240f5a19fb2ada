using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;
using BenchmarkDotNet.Attributes;

namespace AspireRouter.Benchmarks;

/// <summary>Reading a chat request once with <see cref="ChatRequestReader"/> and deriving its requirements.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private readonly ReadOnlyMemory<byte> _small = """{"model":"free","messages":[{"role":"user","content":"Say hello"}]}"""u8.ToArray();
    private readonly ReadOnlyMemory<byte> _conversation = RealisticBodies.Conversation();

    /// <summary>The load scenarios' body (about 70 bytes).</summary>
    [Benchmark(Baseline = true)]
    public int ParseSmall() => Requirements(_small);

    /// <summary>A system prompt, six turns, two tools, an image part and sampling options (about 3 KB).</summary>
    [Benchmark]
    public int ParseConversation() => Requirements(_conversation);

    private static int Requirements(ReadOnlyMemory<byte> body) =>
        ChatRequestReader.TryRead(body, out var request, out _) ? RequirementsReader.From(request).MinContextTokens : -1;
}
