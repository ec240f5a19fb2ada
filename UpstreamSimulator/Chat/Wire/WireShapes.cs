namespace AspireRouter.UpstreamSimulator.Chat.Wire;

/// <summary>Puts a planned reply's parts into the wire records both provider shapes share.</summary>
internal static class WireShapes
{
    public static WireUsage Usage(PlannedReply reply) => new(reply.PromptTokens, reply.CompletionTokens, reply.TotalTokens);

    public static IReadOnlyList<WireToolCall>? ToolCalls(PlannedReply reply) =>
        reply.ToolCall is { } call ? [new WireToolCall(0, call.Id, "function", new WireFunctionCall(call.Name, call.Arguments))] : null;

    public static IReadOnlyList<WireImage>? Images(PlannedReply reply) =>
        reply.ImageDataUrl is { } url ? [new WireImage("image_url", new WireImageUrl(url), 0)] : null;

    public static WireMessage Message(PlannedReply reply) =>
        new("assistant", reply.ToolCall is null ? reply.Content : string.Empty, null, ToolCalls(reply), Images(reply));
}
