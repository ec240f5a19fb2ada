using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Ollama;

/// <summary>Ollama's errors (https://github.com/ollama/ollama/blob/main/docs/api.md#errors): <c>{"error":"..."}</c> with a status.</summary>
internal static class OllamaErrors
{
    public static NativeFailure Error(int status, string message) => new(status, new JsonObject { ["error"] = message });

    public static NativeFailure ModelNotFound(string model) => Error(404, $"model \"{model}\" not found, try pulling it first");

    public static NativeFailure Busy() => Error(503, "server busy, please try again.  maximum pending requests exceeded");

    public static NativeFailure Internal() => Error(500, "an error was encountered while running the model: unexpected EOF");
}
