using AspireRouter.HealthProbe.Extensions;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis", settings => settings.DisableTracing = !builder.ExportsTraces());
builder.AddHealthProbe();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
