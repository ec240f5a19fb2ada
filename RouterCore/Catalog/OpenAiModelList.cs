namespace AspireRouter.RouterCore.Catalog;

/// <summary>Wire shape of an OpenAI-style <c>GET /models</c>: <c>{"object":"list","data":[...]}</c>.</summary>
internal sealed record OpenAiModelList
{
    public IReadOnlyList<OpenAiModelEntry> Data { get; init; } = [];
}
