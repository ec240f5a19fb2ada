using Yarp.ReverseProxy.Configuration;

// The .NET proxy floor of bench/run.sh: a bare YARP reverse proxy passing every request to one upstream (--Upstream=URL),
// with YARP's defaults (pooled keep-alive connections, no buffering of streams, no transforms beyond its standard headers).
var builder = WebApplication.CreateSlimBuilder(args);
var upstream = builder.Configuration["Upstream"] ?? throw new InvalidOperationException("--Upstream=URL is required.");
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "all", ClusterId = "upstream", Match = new RouteMatch { Path = "{**rest}" } }],
    [new ClusterConfig { ClusterId = "upstream", Destinations = new Dictionary<string, DestinationConfig> { ["upstream"] = new() { Address = upstream } } }]);

var app = builder.Build();
app.MapReverseProxy();
app.Run();
