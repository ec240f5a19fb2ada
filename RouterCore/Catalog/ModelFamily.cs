using System.Text;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>
/// The open model behind a provider's model id, so that the same weights at several providers are one choice:
/// <c>meta-llama/llama-3.3-70b-instruct:free</c>, <c>llama-3.3-70b-versatile</c>, <c>llama3.3:70b</c> and
/// <c>@cf/meta/llama-3.3-70b-instruct-fp8-fast</c> are all <c>llama-3.3-70b</c>.
/// </summary>
public static class ModelFamily
{
    // Serving variants, not different models: instruction tuning, quantization, speed tiers, catalog tags.
    private static readonly HashSet<string> VariantWords = new(StringComparer.Ordinal)
    {
        "instruct", "it", "chat", "versatile", "instant", "fp8", "fp16", "bf16", "int4", "int8", "awq", "gptq", "fast", "turbo", "hf", "latest", "free",
    };

    public static string KeyOf(string upstreamId)
    {
        ArgumentNullException.ThrowIfNull(upstreamId);
        var name = upstreamId.ToLowerInvariant();
        name = name[(name.LastIndexOf('/') + 1)..];
        var tag = name.IndexOf(':', StringComparison.Ordinal);
        if (tag >= 0)
        {
            // Ollama's tags are sizes (llama3.3:70b); OpenRouter's and others' are variants (:free, :latest).
            name = string.Concat(name.AsSpan(0, tag), "-", name.AsSpan(tag + 1));
        }

        var key = new StringBuilder(name.Length + 4);
        foreach (var word in name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in VariantWords.Contains(word) ? [] : SplitVersion(word))
            {
                if (!VariantWords.Contains(part))
                {
                    key.Append(key.Length == 0 ? "" : "-").Append(part);
                }
            }
        }

        return key.Length == 0 ? name : key.ToString();
    }

    // "llama3.3" is "llama" "3.3", "qwen3" is "qwen" "3"; "r1", "v3" and "70b" stay whole.
    private static IEnumerable<string> SplitVersion(string word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        if (letters >= 2 && letters < word.Length && char.IsAsciiDigit(word[letters]))
        {
            return [word[..letters], word[letters..]];
        }

        return [word];
    }
}
