namespace AspireRouter.Goodput;

/// <summary>One provider model the naive baseline calls directly: <c>{chat completions URL}|{model}|{key}</c>.</summary>
internal sealed record BaselineTarget(Uri Url, string Model, string Key)
{
    public static BaselineTarget Parse(string text)
    {
        var parts = text.Split('|');
        return parts.Length == 3 ? new BaselineTarget(new Uri(parts[0]), parts[1], parts[2]) : throw new ArgumentException($"--baseline wants url|model|key, not '{text}'.");
    }
}
