using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// How a turn-based wire format names its turns: the array of them (<see cref="Turns"/>), an assistant turn's role (the others
/// are <c>user</c>), and the array of a turn's content (<see cref="Content"/>).
/// </summary>
internal sealed record RoleTurnFormat(JsonEncodedText Turns, string AssistantRole, JsonEncodedText Content);
