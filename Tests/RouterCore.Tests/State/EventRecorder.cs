using System.Collections.Concurrent;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>The messages a test's subscriber received on <c>ar:events</c>.</summary>
internal sealed class EventRecorder
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public void Add(string message) => _messages.Enqueue(message);

    public Task WaitForAsync(string message) =>
        Eventually.UntilAsync(() => _messages.Contains(message), $"'{message}' is published on ar:events");
}
