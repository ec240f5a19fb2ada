using System.Buffers;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;

namespace AspireRouter.RouterCore.Providers;

/// <summary>Speaks one provider wire format: builds the upstream request for a chat body and reads the response's failure.</summary>
public interface IProviderAdapter
{
    /// <summary>The <see cref="ProviderOptions.Kind"/> this adapter serves.</summary>
    string Kind { get; }

    /// <summary>The upstream request for <paramref name="clientBody"/> aimed at <paramref name="upstreamModelId"/>.</summary>
    /// <param name="buffer">Receives the rewritten body, which the request's content points into: keep it until the response is read.</param>
    HttpRequestMessage CreateChatRequest(ProviderOptions provider, ReadOnlySequence<byte> clientBody, string upstreamModelId, PooledByteBufferWriter buffer);

    /// <summary>The failure a response stands for, or null for a success; <paramref name="body"/> is the body, or its first bytes.</summary>
    UpstreamFailure? Classify(HttpResponseMessage response, ReadOnlySpan<byte> body);
}
