namespace AspireRouter.UpstreamSimulator.Tests.Support;

/// <summary>The lines of an SSE body: <c>data:</c> payloads and <c>:</c> comments, in order.</summary>
internal sealed record ServerSentEvents(IReadOnlyList<string> Lines)
{
    public IReadOnlyList<string> Data => [.. Lines.Where(l => l.StartsWith("data: ", StringComparison.Ordinal)).Select(l => l["data: ".Length..])];

    /// <summary>The JSON payloads, without the closing <c>[DONE]</c>.</summary>
    public IReadOnlyList<string> Chunks => [.. Data.Where(d => d != "[DONE]")];

    public static async Task<ServerSentEvents> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ServerSentEvents([.. body.Split('\n').Where(l => l.Length > 0)]);
    }
}
