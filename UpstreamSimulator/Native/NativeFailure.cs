using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Native;

/// <summary>An error answer in a provider's own shape: status, body and the headers that come with it.</summary>
internal sealed record NativeFailure(int Status, JsonNode Body)
{
    public int? RetryAfterSeconds { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public void Write(HttpResponse response)
    {
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        NativeJson.Write(response, Status, Body);
    }
}
