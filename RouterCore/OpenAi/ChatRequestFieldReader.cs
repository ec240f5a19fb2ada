using System.Text.Json;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Context;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads the scalar and list fields of a chat request; hands anything else to <see cref="ChatRequestOptionReader"/>.</summary>
internal static class ChatRequestFieldReader
{
    /// <param name="reader">Positioned on the property name; left on the value's last token.</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        ChatRequestError? error;
        if (reader.ValueTextEquals("model"u8))
        {
            reader.Read();
            error = JsonValues.ReadString(ref reader, "model", out var model);
            request.Model = model;
        }
        else if (reader.ValueTextEquals("models"u8))
        {
            reader.Read();
            error = JsonValues.ReadStringArray(ref reader, "models", out var models);
            request.Models = models ?? [];
        }
        else if (reader.ValueTextEquals("stream"u8))
        {
            reader.Read();
            error = JsonValues.ReadBoolean(ref reader, "stream", out var stream);
            request.Stream = stream ?? false;
        }
        else if (reader.ValueTextEquals("max_tokens"u8))
        {
            reader.Read();
            error = JsonValues.ReadPositiveInteger(ref reader, "max_tokens", out var maxTokens);
            request.MaxTokens = maxTokens;
        }
        else if (reader.ValueTextEquals("max_completion_tokens"u8))
        {
            reader.Read();
            error = JsonValues.ReadPositiveInteger(ref reader, "max_completion_tokens", out var maxCompletionTokens);
            request.MaxCompletionTokens = maxCompletionTokens;
        }
        else if (reader.ValueTextEquals("modalities"u8))
        {
            reader.Read();
            error = JsonValues.ReadStringArray(ref reader, "modalities", out var modalities);
            SetModalities(request, modalities ?? []);
        }
        else if (reader.ValueTextEquals("transforms"u8))
        {
            reader.Read();
            error = JsonValues.ReadStringArray(ref reader, "transforms", out var transforms);
            request.MiddleOut = transforms?.Contains(MiddleOut.TransformName) ?? request.MiddleOut;
        }
        else if (reader.ValueTextEquals("prompt_cache_key"u8))
        {
            reader.Read();
            error = ConversationFieldReader.Read(ref reader, request, "prompt_cache_key", ConversationSource.PromptCacheKey);
        }
        else if (!ChatParameterReader.TryRead(ref reader, request, out error))
        {
            error = ChatRequestOptionReader.Read(ref reader, request);
        }

        return error;
    }

    private static void SetModalities(ChatRequest request, IReadOnlyList<string> modalities)
    {
        if (modalities.Count > 0)
        {
            request.WantsTextOutput = modalities.Contains(Modalities.Text);
            request.WantsImageOutput = modalities.Contains(Modalities.Image);
        }
    }
}
