namespace AspireRouter.RouterCore.OpenAi;

/// <summary>A chat message's <c>role</c>, which decides the fields and content parts it may carry.</summary>
internal enum MessageRole
{
    User,
    Assistant,
    System,
    Developer,
    Tool,
    Function,
}
