using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Holds a request's parameters against a wire format's <see cref="ParameterSupport"/> and the provider's own
/// <see cref="ParameterOptions"/>: a rejected one throws, an ignored one is logged once per provider and parameter.
/// </summary>
public sealed partial class ParameterGuard(ILogger<ParameterGuard> logger)
{
    private readonly ConcurrentDictionary<(string Provider, string Parameter), bool> _warned = new();

    /// <exception cref="UnsupportedParameterException">The request sets a parameter the provider rejects.</exception>
    public void Check(ProviderOptions provider, ParameterSupport support, ReadOnlySequence<byte> body)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(support);
        if (support.IsPassThrough && provider.Parameters.IsEmpty)
        {
            return;
        }

        var reader = new Utf8JsonReader(body);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var set = IsSet(ref reader, name);
            reader.Skip();
            if (!set)
            {
                continue;
            }

            switch (HandlingOf(provider, support, name))
            {
                case ParameterHandling.Rejected:
                    throw UnsupportedParameterException.For(name, provider);
                case ParameterHandling.Ignored when _warned.TryAdd((provider.Name, name), true):
                    LogIgnored(provider.Name, provider.Kind, name);
                    break;
            }
        }
    }

    public static ParameterHandling HandlingOf(ProviderOptions provider, ParameterSupport support, string name)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(support);
        return provider.Parameters.Reject.Contains(name) ? ParameterHandling.Rejected
            : provider.Parameters.Ignore.Contains(name) ? ParameterHandling.Ignored
            : support.Of(name);
    }

    // Values that mean "the default" ask nothing of the provider: null, false, n = 1, a text response format.
    private static bool IsSet(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.Null or JsonTokenType.False => false,
        JsonTokenType.Number when name == "n" => !(reader.TryGetInt32(out var n) && n == 1),
        JsonTokenType.StartObject when name == "response_format" => !IsTextFormat(reader),
        _ => true,
    };

    private static bool IsTextFormat(Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
            {
                return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("text"u8);
            }

            reader.Skip();
        }

        return false;
    }

    [LoggerMessage(1, LogLevel.Warning, "Provider {Provider} ({Kind}) ignores the request parameter '{Parameter}'; requests are sent without it (logged once)")]
    private partial void LogIgnored(string provider, string kind, string parameter);
}
