using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>The AppHost hands a provider's key pool to the services: secret parameters <c>{name}-api-key</c>, <c>-2</c>, <c>-3</c>, or numbered variables.</summary>
public sealed class ProviderKeyParametersTests
{
    [Fact]
    public async Task NumberedKeyParametersAndVariables_BecomeEachServicesKeyPool_InOrder()
    {
        string[] openRouter = ["sk-or-v1-e2e-pool-key-0001", "sk-or-v1-e2e-pool-key-0002", "sk-or-v1-e2e-pool-key-0003"];
        string[] groq = ["gsk_e2e_pool_key_0001", "gsk_e2e_pool_key_0002"];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                $"--Parameters:openrouter-api-key={openRouter[0]}",
                $"--Parameters:openrouter-api-key-2={openRouter[1]}",
                $"--Parameters:openrouter-api-key-3={openRouter[2]}",
                $"--Parameters:openrouter-api-key-5=sk-or-v1-after-a-gap-0005",
                $"--GROQ_API_KEY={groq[0]}",
                $"--GROQ_API_KEY_2={groq[1]}",
            ],
            (options, _) => options.DisableDashboard = true,
            TestContext.Current.CancellationToken);
        await using var app = await builder.BuildAsync(TestContext.Current.CancellationToken);
        var model = app.Services.GetRequiredService<DistributedApplicationModel>();

        foreach (var service in new[] { "routerapi", "healthprobe", "adminportal" })
        {
            var resource = model.Resources.Single(resource => resource.Name == service);
            var configuration = await ExecutionConfigurationBuilder.Create(resource).WithEnvironmentVariablesConfig()
                .BuildAsync(app.Services.GetRequiredService<DistributedApplicationExecutionContext>(), NullLogger.Instance, TestContext.Current.CancellationToken);
            var environment = configuration.EnvironmentVariables.ToDictionary(StringComparer.Ordinal);

            Assert.Equal(openRouter[0], environment["Providers__openrouter__ApiKey"]);
            Assert.Equal(openRouter[1], environment["Providers__openrouter__ApiKeys__0"]);
            Assert.Equal(openRouter[2], environment["Providers__openrouter__ApiKeys__1"]);
            Assert.False(environment.ContainsKey("Providers__openrouter__ApiKeys__2"), "numbering stops at the first missing key");
            Assert.Equal(groq[0], environment["Providers__groq__ApiKey"]);
            Assert.Equal(groq[1], environment["Providers__groq__ApiKeys__0"]);
        }
    }
}
