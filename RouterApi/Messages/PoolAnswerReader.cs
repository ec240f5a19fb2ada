using System.Text.Json;

namespace AspireRouter.RouterApi.Messages;

/// <summary>Reads the pool's answer or chunk; one it cannot read counts as empty (the pipeline already checked it is an answer).</summary>
internal static class PoolAnswerReader
{
    private static readonly PoolAnswer Empty = new();

    public static PoolAnswer Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, MessagesJsonContext.Default.PoolAnswer) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    public static PoolChoice? FirstChoice(PoolAnswer answer) => answer.Choices is [var first, ..] ? first : null;
}
