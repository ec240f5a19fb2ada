namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The message fields whose presence or type depends on the role.</summary>
[Flags]
internal enum MessageFields
{
    None = 0,
    Role = 1,
    Content = 1 << 1,
    ToolCallId = 1 << 2,
    Name = 1 << 3,
    ToolCalls = 1 << 4,
    Other = 1 << 5,
}
