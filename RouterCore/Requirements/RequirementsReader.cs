using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Requirements;

/// <summary>Derives <see cref="RequestRequirements"/> from a parsed chat request.</summary>
public static class RequirementsReader
{
    private const int TokensPerMessage = 4;
    private const int BytesPerToken = 4;

    /// <summary>The room for an answer a model must leave after the prompt when <see cref="ChatRequest.MaxTokensIsCeiling"/>.</summary>
    public const int CeilingReserveTokens = 1024;

    public static RequestRequirements From(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        long completionTokens = CompletionTokens(request);
        var minContext = Math.Min(int.MaxValue, EstimatePromptTokens(request) + completionTokens);
        return new RequestRequirements(CapabilitiesOf(request), (int)minContext) { Hints = RoutingPresets.Effective(request.Model, request.Hints) };
    }

    /// <summary>The completion tokens a model's context must hold beyond the prompt.</summary>
    public static int CompletionTokens(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var requested = request.MaxTokens ?? request.MaxCompletionTokens ?? 0;
        return request.MaxTokensIsCeiling ? Math.Min(requested, CeilingReserveTokens) : requested;
    }

    // No tokenizer on the hot path: ~4 UTF-8 bytes per token, rounded up, plus 4 tokens of framing per message; a real count
    // replaces it only for prompts near a context limit.
    public static long EstimatePromptTokens(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.CountedPromptTokens ?? EstimatePromptTokensFromBytes(request);
    }

    /// <summary>The cheap estimate alone; for English text it is above what real tokenizers count, so a safe bound.</summary>
    public static long EstimatePromptTokensFromBytes(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ((request.TextBytes + BytesPerToken - 1) / BytesPerToken) + ((long)TokensPerMessage * request.MessageCount);
    }

    private static ModelCapabilities CapabilitiesOf(ChatRequest request)
    {
        var capabilities = ModelCapabilities.None;
        if (request.HasTools || request.ToolChoice is not (null or "none"))
        {
            capabilities |= ModelCapabilities.Tools;
        }

        if (request.ToolChoice is "required" or "function")
        {
            capabilities |= ModelCapabilities.ToolChoice;
        }

        capabilities |= request.ResponseFormatType switch
        {
            "json_schema" => ModelCapabilities.StructuredOutputs,
            "json_object" => ModelCapabilities.ResponseFormat,
            _ => ModelCapabilities.None,
        };

        if (request.HasImageInput)
        {
            capabilities |= ModelCapabilities.Vision;
        }

        if (request.WantsImageOutput)
        {
            capabilities |= ModelCapabilities.ImageOutput;
        }

        if (request.WantsTextOutput)
        {
            capabilities |= ModelCapabilities.TextOutput;
        }

        return capabilities;
    }
}
