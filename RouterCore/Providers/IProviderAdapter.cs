using System.Buffers;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Providers;

/// <summary>
/// Speaks one provider wire format: builds the upstream request for an OpenAI chat body, reads the provider's failures,
/// and (through <see cref="Responses"/>) turns its answers back into OpenAI's.
/// </summary>
public interface IProviderAdapter
{
    /// <summary>The <see cref="ProviderOptions.Kind"/> this adapter serves.</summary>
    string Kind { get; }

    /// <summary>The OpenAI parameters this wire format maps, ignores or rejects, and the capabilities it can carry.</summary>
    ParameterSupport Parameters { get; }

    /// <summary>Null when the provider answers in OpenAI's shape already (relayed as is); otherwise the translation of its answers.</summary>
    IResponseTranslator? Responses { get; }

    /// <summary>The upstream request for <paramref name="clientBody"/> aimed at <paramref name="upstreamModelId"/>.</summary>
    /// <param name="buffer">Receives the upstream body; the request's content owns it from then on, and disposing the request (or its
    /// content, once the response has come) gives it back to the pool as soon as it is no longer being sent.</param>
    /// <exception cref="UnsupportedParameterException">The request sets a parameter this provider rejects; nothing is sent.</exception>
    HttpRequestMessage CreateChatRequest(ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer);

    /// <summary>The failure a response stands for, or null for a success; <paramref name="body"/> is the body, or its first bytes.</summary>
    UpstreamFailure? Classify(HttpResponseMessage response, ReadOnlySpan<byte> body);
}
