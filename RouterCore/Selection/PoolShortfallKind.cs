namespace AspireRouter.RouterCore.Selection;

/// <summary>Which of a request's constraints left the pool without a model.</summary>
public enum PoolShortfallKind
{
    /// <summary>Some model satisfies every constraint.</summary>
    None,

    /// <summary>No model offers what the request uses (tools, image input, JSON, ...).</summary>
    Capabilities,

    /// <summary>A routing hint (<see cref="PoolShortfall.Hint"/>) removed the last models.</summary>
    Hint,

    /// <summary>The prompt and <c>max_tokens</c> fit no remaining model's context window.</summary>
    Context,
}
