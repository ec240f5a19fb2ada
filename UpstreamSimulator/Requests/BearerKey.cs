using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Requests;

/// <summary>The API key of an <c>Authorization: Bearer ...</c> header.</summary>
internal static class BearerKey
{
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }

    /// <summary>The last four characters: enough to tell keys apart in a log, never enough to use one.</summary>
    public static string Suffix(string key) => key.Length <= 4 ? key : key[^4..];
}
