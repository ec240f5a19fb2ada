namespace AspireRouter.RouterCore.Availability;

/// <summary>A scope (a key of a provider's pool) marked gone, with the upstream's own words.</summary>
/// <param name="Scope">What is gone: the key's quota scope, e.g. <c>groq</c> for a provider's first key, <c>groq:key2</c> for its second.</param>
/// <param name="Since">When it was marked gone.</param>
/// <param name="Message">The upstream's message on the refusal that marked it.</param>
public sealed record GoneStatus(string Scope, DateTimeOffset Since, string Message)
{
    /// <summary>The refusal's HTTP status (or the code in its body); null when none came.</summary>
    public int? StatusCode { get; init; }
}
