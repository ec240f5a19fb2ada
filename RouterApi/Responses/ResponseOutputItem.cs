using System.Text;

namespace AspireRouter.RouterApi.Responses;

/// <summary>One output item of a response, filled from the chat answer (whole, or chunk by chunk).</summary>
internal sealed class ResponseOutputItem(ResponseOutputItemKind kind, string id)
{
    public ResponseOutputItemKind Kind => kind;

    /// <summary><c>msg_...</c> or <c>fc_...</c>.</summary>
    public string Id => id;

    /// <summary>A message's text, or a function call's arguments.</summary>
    public StringBuilder Content { get; } = new();

    /// <summary>The chat tool call's id, which the client's <c>function_call_output</c> names.</summary>
    public string CallId { get; init; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>The chat tool call's <c>index</c> in the streamed deltas.</summary>
    public int ToolIndex { get; init; }
}
