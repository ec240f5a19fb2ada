using System.Collections.Concurrent;
using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// Sticky sessions: which model each conversation stuck to, until <see cref="AffinityOptions.Window"/> after its last served turn.
/// An in-process map, lock-free on the request path and bounded by <see cref="AffinityOptions.MaxConversations"/> (expired
/// conversations are swept when it is full, by one caller at most once a second).
/// </summary>
internal sealed class ConversationAffinity(IOptions<AffinityOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<ulong, AffinityEntry> _entries = new();
    private readonly AffinityOptions _options = options.Value;
    private int _count;
    private long _nextSweepTicks;

    /// <summary>Whether the request's conversation may stick: it was identified, routes to the pool, and the client did not opt out.</summary>
    public static bool Applies(ChatRequest request) =>
        request.Conversation is not null
        && request.AllowsSticky
        && (request.Model is null || VirtualModels.TryGetAdditions(request.Model, out _));

    /// <summary>Sets the model the request's conversation stuck to, if any.</summary>
    /// <remarks>A first turn known only by its opening could be anyone's identical prompt, so it is routed freely (and remembered).</remarks>
    public void Recall(ChatRequest request)
    {
        if (Applies(request) && !(request.ConversationSource == ConversationSource.Opening && request.OpensConversation)
            && _entries.TryGetValue(request.Conversation!.Value, out var entry) && entry.ExpiresAtTicks > Now())
        {
            request.StickyModel = entry.ModelId;
        }
    }

    /// <summary>Sticks the request's conversation to the model that served it, for a window from now.</summary>
    public void Remember(ChatRequest request, string modelId)
    {
        if (!Applies(request))
        {
            return;
        }

        var now = Now();
        var expires = now + _options.Window.Ticks;
        var conversation = request.Conversation!.Value;
        if (_entries.TryGetValue(conversation, out var entry))
        {
            entry.Stick(modelId, expires);
            return;
        }

        if ((Volatile.Read(ref _count) < _options.MaxConversations || SweptRoom(now)) && _entries.TryAdd(conversation, new AffinityEntry(modelId, expires)))
        {
            Interlocked.Increment(ref _count);
        }
    }

    // Drops expired conversations; true when that made room.
    private bool SweptRoom(long now)
    {
        var due = Volatile.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + TimeSpan.TicksPerSecond, due) != due)
        {
            return false;
        }

        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAtTicks <= now && _entries.TryRemove(pair))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        return Volatile.Read(ref _count) < _options.MaxConversations;
    }

    private long Now() => time.GetUtcNow().UtcTicks;
}
