using Microsoft.Extensions.Hosting;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>A background loop that fails once the host runs, as a loop with a bug would.</summary>
internal sealed class FailingBackgroundService : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        throw new InvalidOperationException("A background loop failed.");
    }
}
