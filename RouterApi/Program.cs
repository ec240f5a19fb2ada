using AspireRouter.RouterApi.Extensions;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis", settings => settings.DisableTracing = !builder.ExportsTraces());
builder.AddRouterApi();

var app = builder.Build();
app.UseOpenAiExceptionHandler();
app.MapDefaultEndpoints();
app.MapRouterApi();
app.Run();
