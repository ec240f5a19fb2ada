using AspireRouter.RouterApi.Extensions;
using AspireRouter.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRedisClient("redis");
builder.AddRouterApi();

var app = builder.Build();
app.UseOpenAiExceptionHandler();
app.MapDefaultEndpoints();
app.MapRouterApi();
app.Run();
