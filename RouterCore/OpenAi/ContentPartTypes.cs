namespace AspireRouter.RouterCore.OpenAi;

/// <summary>The content part types OpenAI's API knows, as flags so a role's allowed set is one mask.</summary>
[Flags]
internal enum ContentPartTypes
{
    None = 0,
    Text = 1,
    ImageUrl = 1 << 1,
    InputAudio = 1 << 2,
    File = 1 << 3,
    Refusal = 1 << 4,
}
