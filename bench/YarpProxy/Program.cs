using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

// The .NET proxy floor of bench/run.sh: a bare YARP reverse proxy passing every request to one upstream (--Upstream=URL),
// with YARP's defaults (pooled keep-alive connections, no buffering of streams, no transforms beyond its standard headers).
// --Http2=true speaks HTTP/2 without TLS (h2c) to the upstream, as the router does in the bench, so both .NET proxies use the
// same protocol to the simulator.
var builder = WebApplication.CreateSlimBuilder(args);
var upstream = builder.Configuration["Upstream"] ?? throw new InvalidOperationException("--Upstream=URL is required.");
var http2 = builder.Configuration.GetValue<bool>("Http2");
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "all", ClusterId = "upstream", Match = new RouteMatch { Path = "{**rest}" } }],
    [new ClusterConfig
    {
        ClusterId = "upstream",
        Destinations = new Dictionary<string, DestinationConfig> { ["upstream"] = new() { Address = upstream } },
        HttpRequest = http2 ? new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact } : null,
    }]);

var app = builder.Build();
app.MapReverseProxy();
app.Run();
