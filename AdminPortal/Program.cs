using AspireRouter.RouterCore.State;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis");
builder.Services.AddRouterState();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
