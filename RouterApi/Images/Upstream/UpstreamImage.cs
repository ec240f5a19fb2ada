namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>An image as a provider returned it: its bytes (any format) and the prompt the model says it used, if any.</summary>
internal sealed record UpstreamImage(byte[] Bytes, string? RevisedPrompt = null);
