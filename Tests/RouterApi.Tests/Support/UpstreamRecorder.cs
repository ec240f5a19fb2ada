using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>The router's one upstream connection pool with a recorder in front: the chat bodies the providers received, in order.</summary>
internal sealed class UpstreamRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<JsonObject> _chatBodies = new();

    private UpstreamRecorder()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
    }

    public IReadOnlyList<JsonObject> ChatBodies => [.. _chatBodies];

    /// <summary>Puts a recorder in front of the router's upstream calls.</summary>
    public static UpstreamRecorder Install(RouterTestHostOptions options)
    {
        var recorder = new UpstreamRecorder();
        options.Services = services => services.AddSingleton(provider => new UpstreamClient(recorder, provider.GetRequiredService<ILogger<UpstreamClient>>()));
        return recorder;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null && request.RequestUri!.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            _chatBodies.Enqueue(JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject());
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
