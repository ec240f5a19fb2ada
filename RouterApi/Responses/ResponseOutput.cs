using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>What the pool answered, as Responses output items, with how it finished and what it used.</summary>
internal sealed class ResponseOutput
{
    public List<ResponseOutputItem> Items { get; } = [];

    /// <summary>The chat answer's <c>finish_reason</c>.</summary>
    public string? FinishReason { get; set; }

    public TokenUsage? Usage { get; set; }

    /// <summary><c>length</c> and <c>content_filter</c> end a response as <c>incomplete</c>, with that reason.</summary>
    public string? IncompleteReason => FinishReason switch
    {
        "length" => "max_output_tokens",
        "content_filter" => "content_filter",
        _ => null,
    };

    public ResponseOutputItem AddMessage()
    {
        var item = new ResponseOutputItem(ResponseOutputItemKind.Message, ResponseIds.NewMessage());
        Items.Add(item);
        return item;
    }

    public ResponseOutputItem AddFunctionCall(string? callId, string? name, int toolIndex)
    {
        var item = new ResponseOutputItem(ResponseOutputItemKind.FunctionCall, ResponseIds.NewFunctionCall())
        {
            CallId = string.IsNullOrEmpty(callId) ? ResponseIds.NewCallId() : callId,
            Name = name ?? string.Empty,
            ToolIndex = toolIndex,
        };
        Items.Add(item);
        return item;
    }
}
