using System.Collections.Concurrent;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Determinism;
using AspireRouter.UpstreamSimulator.Images;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>
/// Decides what the simulated model answers: a tool call, JSON, an image or words; deterministic for a seed and a request,
/// with <c>usage</c> that matches the pieces a stream sends, and <c>max_tokens</c> honoured.
/// </summary>
internal sealed class ReplyPlanner(IOptions<SimulatorOptions> options, ReplyLength length)
{
    private readonly ulong _seed = (ulong)options.Value.Seed;
    private readonly bool _tiny = options.Value.Mode == SimulatorModes.ZeroLatency;
    private readonly ConcurrentDictionary<(string Model, int Tokens), PlannedReply> _tinyReplies = new();

    public PlannedReply Plan(ChatRequest request, string model, ModelAbilities abilities)
    {
        var promptTokens = TokenEstimator.Count(request.PromptText);
        var hash = StableHash.Combine(StableHash.Combine(_seed, StableHash.Of(model)), StableHash.Combine(StableHash.Of(request.PromptText), (ulong)(request.Seed ?? 0)));
        if (request.WantsToolCall && abilities.Tools)
        {
            return ToolCall(request.Tool!, hash, promptTokens);
        }

        var json = request.ResponseFormat switch
        {
            ResponseFormatKind.JsonSchema when abilities.Json && request.ResponseSchema is { } schema => JsonValueSynthesizer.For(schema)?.ToJsonString(),
            ResponseFormatKind.JsonSchema or ResponseFormatKind.JsonObject when abilities.Json => $$"""{"model":"{{model}}","answer":"simulated"}""",
            _ => null,
        };
        var drawsImage = abilities.ImageOutput && (request.Modalities is null || request.Modalities.Contains("image"));
        var tokens = length.Tokens;
        if (json is null && !drawsImage && _tiny && (request.MaxTokens ?? int.MaxValue) >= (tokens > 0 ? tokens : TextComposer.TinyLength))
        {
            return _tinyReplies.GetOrAdd((model, tokens), static key => Words(Sized(TextComposer.Tiny(key.Model), key.Tokens), null, 0)) with { PromptTokens = promptTokens };
        }

        var pieces = json is not null ? TokenEstimator.Pieces(json) : Sized(_tiny ? TextComposer.Tiny(model) : TextComposer.Sentence(model, hash), tokens);
        var reply = Words(pieces, request.MaxTokens, promptTokens);
        return drawsImage ? WithImage(reply, request, hash) : reply;
    }

    private static IReadOnlyList<string> Sized(IReadOnlyList<string> pieces, int tokens) => tokens > 0 ? TextComposer.Resize(pieces, tokens) : pieces;

    private static PlannedReply Words(IReadOnlyList<string> pieces, int? maxTokens, int promptTokens)
    {
        var cut = maxTokens is { } max && max >= 0 && pieces.Count > max;
        var sent = cut ? pieces.Take(maxTokens!.Value).ToList() : pieces;
        return new PlannedReply(sent, cut ? "length" : "stop", promptTokens, sent.Count);
    }

    private static PlannedReply ToolCall(FunctionTool tool, ulong hash, int promptTokens)
    {
        var arguments = tool.Parameters is { } parameters ? JsonValueSynthesizer.For(parameters)?.ToJsonString() ?? "{}" : "{}";
        return new PlannedReply([], "tool_calls", promptTokens, TokenEstimator.Count(arguments))
        {
            ToolCall = new PlannedToolCall("call_" + StableHash.Tag(hash, 24), tool.Name, arguments),
        };
    }

    private static PlannedReply WithImage(PlannedReply reply, ChatRequest request, ulong hash)
    {
        var (width, height) = ImageDimensions.For(request.AspectRatio, request.ImageSize);
        var png = PngEncoder.SolidColor(width, height, (byte)hash, (byte)(hash >> 8), (byte)(hash >> 16));
        return reply with { ImageDataUrl = "data:image/png;base64," + Convert.ToBase64String(png) };
    }
}
