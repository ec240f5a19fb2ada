using System.Security.Cryptography;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>Ids in OpenAI's style for answers and tool calls, from the provider's own id when it gives one.</summary>
internal static class ResponseIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string Completion(string? upstreamId) =>
        upstreamId is { Length: > 0 } ? "chatcmpl-" + upstreamId : "chatcmpl-" + RandomNumberGenerator.GetString(Alphabet, 29);

    public static string ToolCall(string? upstreamId) =>
        upstreamId is { Length: > 0 } ? upstreamId : "call_" + RandomNumberGenerator.GetString(Alphabet, 24);
}
