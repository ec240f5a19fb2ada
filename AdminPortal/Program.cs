using AspireRouter.AdminPortal.Extensions;
using AspireRouter.RouterCore;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis", settings => settings.DisableTracing = !builder.ExportsTraces());
builder.AddRouterCore();
builder.AddAdminPortal();

var app = builder.Build();
app.UseAdminPortal();
app.MapDefaultEndpoints();
app.MapAdminPortal();
app.Run();
