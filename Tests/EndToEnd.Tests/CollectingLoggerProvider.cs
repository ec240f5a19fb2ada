using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>Keeps every log line the AppHost writes, which includes each resource's console output that Aspire forwards.</summary>
internal sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
    }
}
