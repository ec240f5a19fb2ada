using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Context;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Chat;

/// <summary>What <see cref="ContextWindowGuard"/> decided; a trimmed fit owns its body, so dispose it.</summary>
internal sealed record ContextFit(ContextFitKind Kind) : IDisposable
{
    public static ContextFit Unchanged { get; } = new(ContextFitKind.Unchanged);

    /// <summary>The shortened request and its body (for <see cref="ContextFitKind.Trimmed"/>).</summary>
    public ChatRequest? Request { get; init; }

    public PooledByteBufferWriter? Body { get; init; }

    public MiddleOutPlan? Plan { get; init; }

    /// <summary>For <see cref="ContextFitKind.Exceeded"/>: the largest window, the tokens asked for, and whether middle-out was tried.</summary>
    public int LargestContext { get; init; }

    public long PromptTokens { get; init; }

    public long CompletionTokens { get; init; }

    public bool MiddleOutTried { get; init; }

    public void Dispose() => Body?.Dispose();
}
