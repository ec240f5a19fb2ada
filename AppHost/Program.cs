using AspireRouter.AppHost.Redis;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRouterRedis();
var adminPassword = builder.AddParameter(
    "admin-password", new GenerateParameterDefault { MinLength = 16, Special = false }, secret: true, persist: true);

builder.AddProject<Projects.RouterApi>("routerapi")
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.HealthProbe>("healthprobe")
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health");

builder.AddProject<Projects.AdminPortal>("adminportal")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithHttpHealthCheck("/health");

builder.Build().Run();
