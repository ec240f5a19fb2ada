using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Context;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Chat;

/// <summary>
/// Before routing, checks a prompt near or over the largest context window the pool offers it: counts it with a real
/// tokenizer, and when it fits no model, shortens it from the middle (<c>transforms: ["middle-out"]</c> or
/// <c>Routing:MiddleOutByDefault</c>) or refuses it. A request whose estimate is within half the pool's smallest window (far
/// from any limit) costs one comparison.
/// </summary>
internal sealed class ContextWindowGuard(CatalogStore catalog, PolicyStore policy, PromptTokenCounter counter)
{
    private SmallestContext? _smallest;

    public ContextFit Fit(ChatRequest request, PooledByteBufferWriter body)
    {
        var requirements = RequirementsReader.From(request);
        var snapshot = catalog.Current;
        var usesPool = request.AllowFallbacks || request.Model is null || VirtualModels.TryGetAdditions(request.Model, out _);
        if (!usesPool || requirements.MinContextTokens <= SmallestIn(snapshot) / 2)
        {
            return ContextFit.Unchanged;
        }

        var current = policy.Current;
        var largest = PoolDiagnosis.LargestContext(snapshot, current, requirements);
        if (largest == 0)
        {
            return ContextFit.Unchanged;
        }

        long completion = RequirementsReader.CompletionTokens(request);
        using var conversation = ChatConversation.Read(body.WrittenMemory, counter);
        var prompt = conversation.PromptTokens;
        request.CountedPromptTokens = prompt;
        if (prompt + completion <= largest)
        {
            return ContextFit.Unchanged;
        }

        var middleOut = request.MiddleOut ?? current.MiddleOutByDefault;
        var plan = middleOut && completion < largest ? MiddleOut.Plan(conversation.Messages, conversation.FixedTokens, (int)(largest - completion)) : null;
        if (plan is null)
        {
            return new ContextFit(ContextFitKind.Exceeded)
            {
                LargestContext = largest,
                PromptTokens = prompt,
                CompletionTokens = completion,
                MiddleOutTried = middleOut,
            };
        }

        return Trim(request, conversation, plan, body.WrittenCount);
    }

    private static ContextFit Trim(ChatRequest request, ChatConversation conversation, MiddleOutPlan plan, int size)
    {
        var trimmed = new PooledByteBufferWriter(size);
        conversation.WriteWith(plan.Kept, trimmed);
        if (!ChatRequestReader.TryRead(trimmed.WrittenMemory, out var shortened, out _))
        {
            trimmed.Dispose();
            throw new InvalidOperationException("Middle-out wrote a body the request reader refuses.");
        }

        shortened.RouteLike(request);
        shortened.Hints = request.Hints;
        shortened.MaxTokensIsCeiling = request.MaxTokensIsCeiling;
        shortened.CountedPromptTokens = plan.PromptTokens;
        return new ContextFit(ContextFitKind.Trimmed) { Request = shortened, Body = trimmed, Plan = plan };
    }

    // The smallest known window of the pool, kept per snapshot: a prompt within it fits every model.
    private int SmallestIn(CatalogSnapshot snapshot)
    {
        var cached = Volatile.Read(ref _smallest);
        if (cached is null || !ReferenceEquals(cached.Snapshot, snapshot))
        {
            var known = snapshot.Models.Where(model => model.ContextLength > 0).Select(model => model.ContextLength).ToList();
            cached = new SmallestContext(snapshot, known.Count == 0 ? int.MaxValue : known.Min());
            Volatile.Write(ref _smallest, cached);
        }

        return cached.Tokens;
    }

    private sealed record SmallestContext(CatalogSnapshot Snapshot, int Tokens);
}
