using Garnet;
using Microsoft.Extensions.Options;

namespace AspireRouter.GarnetHost;

/// <summary>
/// Runs a Garnet server for the lifetime of the host: in memory only, or, with a data directory, recovering its checkpoint
/// and append-only file at start and committing the file before it stops.
/// </summary>
internal sealed class GarnetHostedService(IOptions<GarnetHostOptions> options, ILogger<GarnetHostedService> logger) : IHostedService, IDisposable
{
    private GarnetServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Persists)
        {
            Directory.CreateDirectory(o.DataDirectory!);
        }

        _server = new GarnetServer(GarnetArguments.For(o));
        _server.Start();
        var passwordState = string.IsNullOrEmpty(o.Password) ? "off" : "on";
        logger.LogInformation(
            "Garnet listening on {Bind}:{Port} (password {PasswordState}; data {DataDirectory})",
            o.Bind, o.Port, passwordState, o.Persists ? o.DataDirectory : "in memory only");
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is { } server && options.Value.Persists)
        {
            await server.Store.CommitAOFAsync(cancellationToken);
        }

        Dispose();
    }

    public void Dispose()
    {
        _server?.Dispose();
        _server = null;
    }
}
