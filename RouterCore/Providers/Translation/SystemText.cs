using System.Text;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>The system text of a conversation, for wire formats that carry it apart from the turns.</summary>
internal static class SystemText
{
    /// <summary>The system and developer messages' text, joined by blank lines; null when there are none.</summary>
    public static string? Join(IReadOnlyList<OpenAiMessage> messages)
    {
        StringBuilder? text = null;
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].IsSystem)
            {
                (text ??= new StringBuilder()).Append(text.Length == 0 ? "" : "\n\n").Append(messages[i].Text);
            }
        }

        return text?.ToString();
    }
}
