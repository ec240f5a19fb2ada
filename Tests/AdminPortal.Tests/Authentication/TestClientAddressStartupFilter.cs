using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.AdminPortal.Tests.Authentication;

/// <summary>
/// Gives each in-memory request the client address a test names in <see cref="Header"/> (TestServer has no real peer),
/// before the portal's own pipeline sees it, as a TCP connection's peer address would be.
/// </summary>
internal sealed class TestClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
