using System.ClientModel;
using AspireRouter.UpstreamSimulator.Hosting;
using OpenAI;
using OpenAI.Chat;

namespace AspireRouter.UpstreamSimulator.Tests.Support;

/// <summary>The official OpenAI .NET SDK pointed at the simulator, as a router or a user would point it at the real thing.</summary>
internal static class ChatClients
{
    public static ChatClient OpenRouter(this SimulatorHandle simulator, string model, string key = TestSimulator.Key) =>
        new(model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = simulator.OpenRouterEndpoint });

    public static ChatClient Provider(this SimulatorHandle simulator, string provider, string model, string key = "gsk_test_key_0001") =>
        new(model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = simulator.ProviderEndpoint(provider) });
}
