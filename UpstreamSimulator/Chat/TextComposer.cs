using AspireRouter.UpstreamSimulator.Determinism;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>Writes the simulated model's words: a sentence naming the model, the same for the same seed and request.</summary>
internal static class TextComposer
{
    private static readonly string[] Words =
    [
        "the", "router", "answers", "quickly", "with", "a", "simulated", "reply", "about", "free", "models", "and",
        "their", "quotas", "while", "tokens", "stream", "through", "gateway", "requests", "fall", "back", "to", "another",
        "provider", "when", "limits", "are", "reached", "so", "clients", "never", "notice", "latency", "shifts", "gently",
    ];

    /// <summary>One token per piece: "Simulated reply from {model}:" and a few seeded words.</summary>
    public static IReadOnlyList<string> Sentence(string model, ulong hash)
    {
        var random = new DeterministicRandom(hash);
        var count = 8 + random.Next(17);
        var pieces = new List<string>(count + 6) { "Simulated", " reply", " from", " " + model, ":" };
        for (var i = 0; i < count; i++)
        {
            pieces.Add(" " + Words[random.Next(Words.Length)]);
        }

        pieces.Add(".");
        return pieces;
    }

    public const int TinyLength = 4;

    /// <summary>The zero-latency mode's tiny reply, <see cref="TinyLength"/> tokens.</summary>
    public static IReadOnlyList<string> Tiny(string model) => ["OK", " from", " " + model, "."];

    /// <summary>The first <paramref name="tokens"/> pieces, or the pieces with words inserted before the last one up to that many.</summary>
    public static IReadOnlyList<string> Resize(IReadOnlyList<string> pieces, int tokens)
    {
        if (pieces.Count >= tokens)
        {
            return [.. pieces.Take(tokens)];
        }

        var resized = new List<string>(tokens);
        resized.AddRange(pieces.Take(pieces.Count - 1));
        for (var i = 0; resized.Count < tokens - 1; i++)
        {
            resized.Add(" " + Words[i % Words.Length]);
        }

        resized.Add(pieces[^1]);
        return resized;
    }
}
