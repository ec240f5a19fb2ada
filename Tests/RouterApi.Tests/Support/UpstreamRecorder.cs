using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// The router's upstream connection with a recorder in front: the bodies of the chat requests it sends, as the provider
/// receives them. Install with <see cref="Install"/> in <see cref="RouterTestHostOptions.Services"/>.
/// </summary>
internal sealed class UpstreamRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<JsonObject> _chatBodies = new();

    private UpstreamRecorder()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
    }

    /// <summary>The chat completions bodies sent upstream, oldest first.</summary>
    public IReadOnlyList<JsonObject> ChatBodies => [.. _chatBodies];

    public static UpstreamRecorder Install(IServiceCollection services)
    {
        var recorder = new UpstreamRecorder();
        services.AddSingleton(new UpstreamClient(recorder, NullLogger<UpstreamClient>.Instance));
        return recorder;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content && request.RequestUri!.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            _chatBodies.Enqueue(JsonNode.Parse(body)!.AsObject());
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
