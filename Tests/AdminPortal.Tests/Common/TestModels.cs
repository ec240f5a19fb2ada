using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;

namespace AspireRouter.AdminPortal.Tests.Common;

internal static class TestModels
{
    public static ModelInfo Create(string id, string provider = "openrouter", ModelCapabilities capabilities = ModelCapabilities.TextOutput) => new()
    {
        Id = id,
        Provider = provider,
        UpstreamId = id,
        Name = id,
        ContextLength = 32_768,
        Capabilities = capabilities | ModelCapabilities.TextOutput,
        Pricing = new Dictionary<string, string> { ["prompt"] = "0", ["completion"] = "0" },
    };

    public static RoutingDecision Decision(DateTimeOffset time, string model, int status = 200, double latencyMs = 100, params RoutingAttempt[] failedFirst) => new()
    {
        Time = time,
        KeyName = "ci-bot",
        RequestedModel = "free",
        ChosenModel = status == 200 ? model : null,
        Provider = "openrouter",
        Attempts = [.. failedFirst, new RoutingAttempt { Model = model, Provider = "openrouter", Status = status, Error = status == 200 ? null : "upstream failed" }],
        LatencyMs = latencyMs,
        Status = status,
        PromptTokens = 10,
        CompletionTokens = 5,
    };
}
