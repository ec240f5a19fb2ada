namespace AspireRouter.RouterApi.Routing;

/// <summary>One upstream attempt of a request: where it went and how it ended (for headers, errors and the decision log).</summary>
internal readonly record struct AttemptRecord(string Model, string Provider, int? Status, string Outcome)
{
    /// <summary>Whether <paramref name="modelId"/> was tried among <paramref name="attempts"/> from position <paramref name="from"/> on.</summary>
    public static bool WasTried(List<AttemptRecord> attempts, string modelId, int from)
    {
        for (var i = from; i < attempts.Count; i++)
        {
            if (string.Equals(attempts[i].Model, modelId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
