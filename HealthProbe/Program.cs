using AspireRouter.HealthProbe.Extensions;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis");
builder.AddHealthProbe();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
