using System.Collections.Concurrent;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// Sticky sessions: which model (and provider key) each conversation stuck to, until <see cref="AffinityOptions.Window"/> after its last served turn.
/// Each replica remembers in a map that is lock-free on the request path and bounded by <see cref="AffinityOptions.MaxConversations"/>
/// (expired conversations are swept when it is full, by one caller at most once a second), and shares through
/// <see cref="SharedAffinity"/>: Redis is asked when this replica does not know the conversation or its model here is not healthy
/// (another replica may have moved it), and told when a conversation gets a model or a quarter window has passed.
/// </summary>
internal sealed class ConversationAffinity(
    SharedAffinity shared, CatalogStore catalog, AvailabilityTracker tracker, IOptions<AffinityOptions> options, TimeProvider time)
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

    /// <summary>Sets the model and key the request's conversation stuck to, if any.</summary>
    /// <remarks>A first turn known only by its opening could be anyone's identical prompt, so it is routed freely (and remembered).</remarks>
    public async ValueTask RecallAsync(ChatRequest request)
    {
        if (!Applies(request) || (request.ConversationSource == ConversationSource.Opening && request.OpensConversation))
        {
            return;
        }

        var conversation = request.Conversation!.Value;
        var now = Now();
        var local = _entries.TryGetValue(conversation, out var entry) && entry.ExpiresAtTicks > now ? entry.Target : null;
        if (local is not null && IsHealthy(local.ModelId))
        {
            StickTo(request, local);
            return;
        }

        if (await shared.FindAsync(conversation) is { } known && known.ExpiresAtTicks > now)
        {
            StickTo(request, known.Target);
            Stick(conversation, known.Target.ModelId, known.Target.KeyNumber, known.ExpiresAtTicks, now, sharedNow: true);
            return;
        }

        if (local is not null)
        {
            StickTo(request, local);
        }
    }

    /// <summary>Sticks the request's conversation to the model and the provider key that served it, for a window from now.</summary>
    public void Remember(ChatRequest request, string modelId, int keyNumber)
    {
        if (!Applies(request))
        {
            return;
        }

        var conversation = request.Conversation!.Value;
        var now = Now();
        var expires = now + _options.Window.Ticks;
        var repeatedOpening = request.ConversationSource == ConversationSource.Opening && request.OpensConversation;
        if (Stick(conversation, modelId, keyNumber, expires, now, sharedNow: false, repeatedOpening) is { } target)
        {
            shared.Stick(conversation, target, expires);
        }
    }

    private static void StickTo(ChatRequest request, AffinityTarget target)
    {
        request.StickyModel = target.ModelId;
        request.StickyKeyNumber = target.KeyNumber;
    }

    // What Redis should hear of, or null: the conversation is new here, changed model or key, or was last shared a quarter window ago.
    // A first turn known only by its opening that this replica shared lately is someone's identical prompt again (a popular
    // question, a retry, a load test): it sticks here, and Redis keeps the first one's model until the quarter window passes,
    // rather than being rewritten by every repetition.
    private AffinityTarget? Stick(ulong conversation, string modelId, int keyNumber, long expires, long now, bool sharedNow, bool repeatedOpening = false)
    {
        if (_entries.TryGetValue(conversation, out var entry))
        {
            var due = now - entry.SharedAtTicks >= _options.Window.Ticks / 4;
            var share = (entry.Stick(modelId, keyNumber, expires) && !repeatedOpening) || due;
            if (share || sharedNow)
            {
                entry.Shared(now);
            }

            return share && !sharedNow ? entry.Target : null;
        }

        var target = new AffinityTarget(modelId, keyNumber);
        if ((Volatile.Read(ref _count) < _options.MaxConversations || SweptRoom(now)) && _entries.TryAdd(conversation, new AffinityEntry(target, expires, now)))
        {
            Interlocked.Increment(ref _count);
        }

        return sharedNow ? null : target;
    }

    private bool IsHealthy(string modelId) =>
        catalog.Current.TryGet(modelId, out var model) && tracker.IsAvailable(model.Id, model.Provider);

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
