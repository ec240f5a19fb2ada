namespace AspireRouter.RouterApi.Chat;

public enum ContextFitKind
{
    /// <summary>Route the request as sent (it fits, or is far from any limit).</summary>
    Unchanged,

    /// <summary>Route the shortened conversation instead.</summary>
    Trimmed,

    /// <summary>Answer <c>context_length_exceeded</c>: no model's window can hold it.</summary>
    Exceeded,
}
