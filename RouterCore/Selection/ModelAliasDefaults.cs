namespace AspireRouter.RouterCore.Selection;

/// <summary>
/// The aliases shipped for clients whose model names users cannot change (Claude Code, Codex CLI, OpenAI SDK defaults);
/// <c>Routing:Aliases</c> overrides or removes them, <c>Routing:DefaultAliases=false</c> leaves them out.
/// </summary>
internal static class ModelAliasDefaults
{
    public static IReadOnlyList<ModelAlias> All { get; } =
    [
        new() { Name = "claude-*", Target = VirtualModels.FreeTools },
        new() { Name = "gpt-*", Target = VirtualModels.Free },
        new() { Name = "o1*", Target = VirtualModels.Free },
        new() { Name = "o3*", Target = VirtualModels.Free },
        new() { Name = "o4*", Target = VirtualModels.Free },
        new() { Name = "dall-e-*", Target = VirtualModels.FreeImage },
        new() { Name = "text-embedding-*", Target = VirtualModels.FreeEmbedding },
    ];
}
