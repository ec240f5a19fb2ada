using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Health;

/// <summary>Says once, at start, that the providers are simulated, so nobody mistakes the sandbox for real models.</summary>
internal sealed class SandboxNotice(IOptions<SandboxOptions> options, ILogger<SandboxNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Sandbox)
        {
            logger.LogWarning("SANDBOX: the providers are simulated (UpstreamSimulator); answers do not come from real models.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
