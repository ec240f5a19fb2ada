using Microsoft.ML.Tokenizers;

namespace AspireRouter.RouterCore.Context;

/// <summary>
/// Counts tokens with OpenAI's o200k_base encoding (Microsoft.ML.Tokenizers), for requests near a context limit; other models'
/// tokenizers differ by a few percent. The vocabulary loads on first use (about half a second), never on the hot path.
/// </summary>
public sealed class PromptTokenCounter
{
    /// <summary>The framing a chat template adds around each message, as the cheap estimate counts it.</summary>
    public const int TokensPerMessage = 4;

    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.Value.CountTokens(text);
}
