using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>A content part's <c>type</c> and its payload field (<c>text</c>, <c>image_url</c>, <c>input_audio</c>, <c>file</c>, <c>refusal</c>).</summary>
internal static class ContentParts
{
    public static ChatRequestError? ReadType(ref Utf8JsonReader reader, MessageRole role, string param, out ContentPartTypes type)
    {
        type = ContentPartTypes.None;
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType(param, "a string", ref reader);
        }

        type = reader.ValueTextEquals("text"u8) ? ContentPartTypes.Text
            : reader.ValueTextEquals("image_url"u8) ? ContentPartTypes.ImageUrl
            : reader.ValueTextEquals("input_audio"u8) ? ContentPartTypes.InputAudio
            : reader.ValueTextEquals("file"u8) ? ContentPartTypes.File
            : reader.ValueTextEquals("refusal"u8) ? ContentPartTypes.Refusal
            : ContentPartTypes.None;
        return (MessageRoles.AllowedParts(role) & type) == ContentPartTypes.None
            ? ChatValueErrors.InvalidValue(param, reader.GetString(), MessageRoles.AllowedPartNames(role))
            : null;
    }

    public static ReadOnlySpan<byte> PayloadName(ContentPartTypes type) => type switch
    {
        ContentPartTypes.Text => "text"u8,
        ContentPartTypes.ImageUrl => "image_url"u8,
        ContentPartTypes.InputAudio => "input_audio"u8,
        ContentPartTypes.File => "file"u8,
        _ => "refusal"u8,
    };

    public static string PayloadParam(ContentPartTypes type) => type switch
    {
        ContentPartTypes.Text => "text",
        ContentPartTypes.ImageUrl => "image_url",
        ContentPartTypes.InputAudio => "input_audio",
        ContentPartTypes.File => "file",
        _ => "refusal",
    };

    /// <summary>Text and refusals are strings (text counts towards the prompt estimate); images, audio and files are objects, skipped unread.</summary>
    public static ChatRequestError? ReadPayload(ref Utf8JsonReader reader, ChatRequest request, ContentPartTypes type, string param)
    {
        var isText = type is ContentPartTypes.Text or ContentPartTypes.Refusal;
        if (isText ? reader.TokenType != JsonTokenType.String : reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType($"{param}.{PayloadParam(type)}", isText ? "a string" : "an object", ref reader);
        }

        if (type == ContentPartTypes.Text)
        {
            request.TextBytes += JsonValues.StringBytes(ref reader);
        }

        reader.Skip();
        return null;
    }
}
