namespace AspireRouter.RouterCore.Sizes;

/// <summary>One row of <c>Catalog:ModelSizes</c>: a size the operator states for a model, overriding or filling in the derived one.</summary>
public sealed record ModelSizeOverride
{
    /// <summary>A model id, with or without its variant (<c>openai/gpt-oss-120b</c> also matches <c>openai/gpt-oss-120b:free</c>).</summary>
    public string Model { get; init; } = "";

    /// <summary>Total parameters in billions; unset keeps the derived total.</summary>
    public double? ParametersBillions { get; init; }

    /// <summary>Active parameters per token in billions (mixture of experts); unset keeps the derived count.</summary>
    public double? ActiveParametersBillions { get; init; }
}
