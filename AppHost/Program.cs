global using Aspire.Hosting;
global using Aspire.Hosting.ApplicationModel;
using AspireRouter.AppHost.Dashboard;
using AspireRouter.AppHost.Redis;
using AspireRouter.AppHost.Upstreams;

var builder = DistributedApplication.CreateBuilder(args);

var redis = builder.AddRouterRedis();
var adminPassword = builder.AddParameter(
    StartupNotes.AdminPasswordParameter, new GenerateParameterDefault { MinLength = 16, Special = false }, secret: true, persist: true);
var clientKey = builder.AddParameter(
    StartupNotes.ClientKeyParameter, new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
var providerKeys = ProviderKeys.Add(builder);

// With no provider key at all, the sandbox simulates the free pool; with any real key, nothing simulated joins it.
var sandbox = providerKeys.KeyedProviders.Count == 0 ? ProviderSandbox.Add(builder) : null;

IResourceBuilder<ProjectResource> Upstreams(IResourceBuilder<ProjectResource> service) =>
    sandbox is null ? providerKeys.ApplyTo(service) : service.ApplyTo(sandbox);

Upstreams(builder.AddProject<Projects.RouterApi>("routerapi")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Router__ClientKeys__local", clientKey)
    .WithStartupNotes(providerKeys.KeyedProviders)
    .WithHttpHealthCheck("/health"));

Upstreams(builder.AddProject<Projects.HealthProbe>("healthprobe")
    .WithReference(redis).WaitFor(redis)
    .WithHttpHealthCheck("/health"));

Upstreams(builder.AddProject<Projects.AdminPortal>("adminportal")
    .WithReference(redis).WaitFor(redis)
    .WithEnvironment("Admin__Password", adminPassword)
    .WithAdminPasswordNote()
    .WithDashboardLink()
    .WithHttpHealthCheck("/health"));

builder.Build().Run();
