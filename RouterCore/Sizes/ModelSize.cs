namespace AspireRouter.RouterCore.Sizes;

/// <summary>A model's parameter count in billions, and where it came from; a null count is unknown, never guessed.</summary>
/// <param name="TotalBillions">Every parameter, all experts included for a mixture of experts.</param>
/// <param name="ActiveBillions">The parameters one token goes through; known only for a mixture of experts.</param>
public sealed record ModelSize(double? TotalBillions, double? ActiveBillions, ModelSizeSource Source);
