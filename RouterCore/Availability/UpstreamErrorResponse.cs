using System.Text.Json;
using AspireRouter.RouterCore.Serialization;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Wire shape of an OpenAI or OpenRouter error body: <c>{"error":{...}}</c>.</summary>
internal sealed record UpstreamErrorResponse
{
    public UpstreamErrorDetail? Error { get; init; }

    /// <summary>The error object, or null when the body is not an error body (or not JSON at all).</summary>
    public static UpstreamErrorDetail? TryParse(ReadOnlySpan<byte> body)
    {
        // Every served answer passes here: one vectorized search spares it a parse when no "error" member can be in it.
        if (body.IsEmpty || body.IndexOf("\"error\""u8) < 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, RouterJsonContext.Default.UpstreamErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
