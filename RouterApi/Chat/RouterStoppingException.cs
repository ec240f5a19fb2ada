namespace AspireRouter.RouterApi.Chat;

/// <summary>The router began to stop while a stream it had committed to was still running: the stream ends here, not by any fault of the model.</summary>
internal sealed class RouterStoppingException() : Exception("The router is stopping.");
