using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Auth;

public sealed class ClientKeyTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("Bearer", null)]
    [InlineData("Bearer wrong-key-wrong-key-wrong", "invalid_api_key")]
    [InlineData("Basic dGVzdDp0ZXN0", "invalid_api_key")]
    public async Task Request_WithoutAValidKey_Gets401InOpenAiShape_AndNothingReachesUpstream(string? authorization, string? code)
    {
        await using var host = await RouterTestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        foreach (var path in new[] { "v1/chat/completions", "v1/models" })
        {
            using var response = path.EndsWith("models", StringComparison.Ordinal)
                ? await client.GetAsync(path, TestContext.Current.CancellationToken)
                : await client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(code, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        }

        Assert.Empty(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task Request_WithTheKey_InAnyBearerCase_IsServed_AndTheKeyIsNotForwarded()
    {
        await using var host = await RouterTestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", RouterTestHost.ClientKey);

        using var response = await client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(host.Simulator.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.EndsWith(RouterTestHost.UpstreamKey[^4..], received.KeySuffix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithTheKeyAsXApiKey_IsServed()
    {
        await using var host = await RouterTestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add("x-api-key", RouterTestHost.ClientKey);

        using var response = await client.PostAsync(ChatRequests.Body());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyCreatedInThePortal_IsHonouredWithinASecond_AndRevokingItLocksItOut()
    {
        await using var host = await RouterTestHost.StartAsync();
        var keys = host.Services.GetRequiredService<ClientKeyRepository>();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var created = await keys.CreateAsync("ci-pipeline", new AuditActor("admin", "192.0.2.7"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Key);
        await WaitForStatusAsync(client, HttpStatusCode.OK, TimeSpan.FromSeconds(1));

        await keys.RevokeAsync(ClientKeyHasher.Hash(created.Key), new AuditActor("admin", "192.0.2.7"));
        await WaitForStatusAsync(client, HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(1));
    }

    private static async Task WaitForStatusAsync(HttpClient client, HttpStatusCode expected, TimeSpan within)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(within);
        while (true)
        {
            using var response = await client.GetAsync("v1/models", deadline.Token);
            if (response.StatusCode == expected)
            {
                return;
            }

            await Task.Delay(25, deadline.Token);
        }
    }
}
