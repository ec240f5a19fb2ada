using AspireRouter.AppHost.Redis;
using AspireRouter.AppHost.Upstreams;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRouterRedis();
var adminPassword = builder.AddParameter(
    "admin-password", new GenerateParameterDefault { MinLength = 16, Special = false }, secret: true, persist: true);
var clientKey = builder.AddParameter(
    StartupNotes.ClientKeyParameter, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var sandbox = !OpenRouterUpstream.HasKey(builder.Configuration);

builder.AddProject<Projects.RouterApi>("routerapi")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Router__ClientKeys__local", clientKey)
    .WithOpenRouter()
    .WithStartupNotes(sandbox)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.HealthProbe>("healthprobe")
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.AdminPortal>("adminportal")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
