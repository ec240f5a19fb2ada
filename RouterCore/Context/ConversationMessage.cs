namespace AspireRouter.RouterCore.Context;

/// <summary>One message of a conversation as middle-out sees it: its role, its tokens, and the tool calls it makes.</summary>
/// <param name="MakesToolCalls">An assistant message with <c>tool_calls</c> (or a legacy <c>function_call</c>): its results follow it.</param>
public sealed record ConversationMessage(string Role, int Tokens, bool MakesToolCalls = false)
{
    public bool IsInstruction => Role is "system" or "developer";

    public bool IsToolResult => Role is "tool" or "function";
}
