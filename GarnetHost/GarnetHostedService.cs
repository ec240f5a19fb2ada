using Garnet;
using Microsoft.Extensions.Options;

namespace AspireRouter.GarnetHost;

/// <summary>Runs an in-memory Garnet server for the lifetime of the host.</summary>
internal sealed class GarnetHostedService(IOptions<GarnetHostOptions> options, ILogger<GarnetHostedService> logger) : IHostedService, IDisposable
{
    private GarnetServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        List<string> args = ["--bind", o.Bind, "--port", o.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (!string.IsNullOrEmpty(o.Password))
        {
            args.AddRange(["--auth", "Password", "--password", o.Password]);
        }

        _server = new GarnetServer([.. args]);
        _server.Start();
        var passwordState = string.IsNullOrEmpty(o.Password) ? "off" : "on";
        logger.LogInformation("Garnet listening on {Bind}:{Port} (password {PasswordState})", o.Bind, o.Port, passwordState);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _server?.Dispose();
        _server = null;
    }
}
