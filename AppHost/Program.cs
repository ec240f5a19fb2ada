using AspireRouter.AppHost.Redis;
using AspireRouter.AppHost.Upstreams;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRouterRedis();
var adminPassword = builder.AddParameter(
    StartupNotes.AdminPasswordParameter, new GenerateParameterDefault { MinLength = 16, Special = false }, secret: true, persist: true);
var clientKey = builder.AddParameter(
    StartupNotes.ClientKeyParameter, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var providerKeys = ProviderKeys.Add(builder);
var openRouter = OpenRouterUpstream.Add(builder, otherProviderKeys: providerKeys.KeyedProviders.Count > 0);

var routerApi = builder.AddProject<Projects.RouterApi>("routerapi")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Router__ClientKeys__local", clientKey)
    .WithStartupNotes(openRouter.Mode, providerKeys.KeyedProviders)
    .WithHttpHealthCheck("/health");
openRouter.ApplyTo(routerApi);
providerKeys.ApplyTo(routerApi);

var healthProbe = builder.AddProject<Projects.HealthProbe>("healthprobe")
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");
openRouter.ApplyTo(healthProbe);
providerKeys.ApplyTo(healthProbe);

var adminPortal = builder.AddProject<Projects.AdminPortal>("adminportal")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithAdminPasswordNote()
    .WithHttpHealthCheck("/health");
openRouter.ApplyTo(adminPortal);
providerKeys.ApplyTo(adminPortal);

builder.Build().Run();
