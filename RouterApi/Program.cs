using AspireRouter.RouterApi.Extensions;
using AspireRouter.ServiceDefaults;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();

// Redis replies complete on .NET's thread pool, where the requests run, not on a dedicated pool of their own that hands each
// one over (its threads and locks cost a request-serving router more than they save on few cores).
builder.AddRedisClient(
    "redis",
    settings => settings.DisableTracing = !builder.ExportsTraces(),
    options => options.SocketManager = SocketManager.ThreadPool);
builder.AddRouterApi();

var app = builder.Build();
app.UseOpenAiExceptionHandler();
app.MapDefaultEndpoints();
app.MapRouterApi();
app.Run();
