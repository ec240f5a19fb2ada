namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>What <c>tool_choice</c> asks: the model decides, no tool, some tool, or one named function.</summary>
internal enum ToolChoiceMode
{
    Auto,
    None,
    Required,
    Function,
}
