using System.Text.Json;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Requirements;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>
/// For a request whose <c>max_tokens</c> is a ceiling (<see cref="ChatRequest.MaxTokensIsCeiling"/>): the value one model
/// gets (its output limit, and what its context holds after the prompt), and the body rewritten with it.
/// </summary>
public static class MaxTokensCeiling
{
    /// <summary>The <c>max_tokens</c> to send to <paramref name="model"/> when lower than asked; null when the request's stands.</summary>
    public static int? LoweredFor(ChatRequest request, ModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(model);
        if (!request.MaxTokensIsCeiling || (request.MaxTokens ?? request.MaxCompletionTokens) is not { } requested)
        {
            return null;
        }

        long limit = requested;
        if (model.MaxCompletionTokens is > 0 and var output)
        {
            limit = Math.Min(limit, output);
        }

        if (model.ContextLength > 0)
        {
            // The provider counts with its own tokenizer: leave room for the larger of the router's two counts.
            var prompt = Math.Max(RequirementsReader.EstimatePromptTokens(request), RequirementsReader.EstimatePromptTokensFromBytes(request));
            limit = Math.Min(limit, model.ContextLength - prompt);
        }

        limit = Math.Max(1, limit);
        return limit < requested ? (int)limit : null;
    }

    /// <summary>The body with <c>max_tokens</c> and <c>max_completion_tokens</c> set to <paramref name="maxTokens"/>, the rest copied raw.</summary>
    /// <param name="body">A body <see cref="ChatRequestReader"/> accepted.</param>
    public static PooledByteBufferWriter Rewrite(ReadOnlyMemory<byte> body, int maxTokens)
    {
        var output = new PooledByteBufferWriter(body.Length + 16);
        var reader = new Utf8JsonReader(body.Span);
        using var writer = new Utf8JsonWriter(output);
        reader.Read();
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isLimit = reader.ValueTextEquals("max_tokens"u8) || reader.ValueTextEquals("max_completion_tokens"u8);
            writer.WritePropertyName(reader.GetString()!);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (isLimit)
            {
                writer.WriteNumberValue(maxTokens);
            }
            else
            {
                writer.WriteRawValue(body.Span[start..(int)reader.BytesConsumed], skipInputValidation: true);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        return output;
    }
}
