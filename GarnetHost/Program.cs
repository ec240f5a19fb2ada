using AspireRouter.GarnetHost;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddOptions<GarnetHostOptions>()
    .BindConfiguration(GarnetHostOptions.Section)
    .Validate(o => o.Port is > 0 and <= 65535, "Garnet:Port must be a TCP port.")
    .ValidateOnStart();
builder.Services.AddHostedService<GarnetHostedService>();
builder.Build().Run();
