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

    /// <summary>The zero-latency mode's tiny reply.</summary>
    public static IReadOnlyList<string> Tiny(string model) => ["OK", " from", " " + model, "."];
}
