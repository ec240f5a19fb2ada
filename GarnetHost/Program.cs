using AspireRouter.GarnetHost;
using Microsoft.Extensions.Options;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton<IValidateOptions<GarnetHostOptions>, GarnetHostOptionsValidator>();
builder.Services.AddOptions<GarnetHostOptions>().BindConfiguration(GarnetHostOptions.Section).ValidateOnStart();
builder.Services.AddHostedService<GarnetHostedService>();
builder.Build().Run();
