namespace AspireRouter.RouterApi.Responses;

/// <summary>The output items a response made from a chat answer can hold.</summary>
internal enum ResponseOutputItemKind
{
    /// <summary>An assistant message with one <c>output_text</c> part.</summary>
    Message,

    /// <summary>A <c>function_call</c> the client runs and answers with a <c>function_call_output</c>.</summary>
    FunctionCall,
}
