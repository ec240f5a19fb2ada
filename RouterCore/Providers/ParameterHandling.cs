namespace AspireRouter.RouterCore.Providers;

/// <summary>What a wire format does with one OpenAI request parameter.</summary>
public enum ParameterHandling
{
    /// <summary>Carried to the provider (as is, or translated into its own field).</summary>
    Mapped,

    /// <summary>Left out, with a warning in the log: the answer is still useful without it.</summary>
    Ignored,

    /// <summary>Refused: the attempt goes to another model, because the answer would not be what the client asked for.</summary>
    Rejected,
}
