namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>The simulator's tokenizer: about four characters a token, as providers' rules of thumb say.</summary>
internal static class TokenEstimator
{
    private const int CharactersPerToken = 4;

    public static int Count(string text) => Math.Max(1, (text.Length + CharactersPerToken - 1) / CharactersPerToken);

    /// <summary>Splits a text into token-sized pieces, so that a stream's pieces and <c>usage</c> agree.</summary>
    public static IReadOnlyList<string> Pieces(string text)
    {
        var pieces = new List<string>((text.Length / CharactersPerToken) + 1);
        for (var start = 0; start < text.Length; start += CharactersPerToken)
        {
            pieces.Add(text.Substring(start, Math.Min(CharactersPerToken, text.Length - start)));
        }

        return pieces;
    }
}
