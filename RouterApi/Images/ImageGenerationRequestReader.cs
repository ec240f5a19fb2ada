using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Images;

/// <summary>Reads and validates an image generation body; fields it does not know are ignored, as OpenAI's clients send extras.</summary>
internal static class ImageGenerationRequestReader
{
    public const int MaxPromptLength = 32_000;
    public const int MaxImages = 10;

    private const string Sizes = "'auto', '1024x1024', '1536x1024', '1024x1536', '256x256', '512x512', '1792x1024', '1024x1792', "
        + "or WIDTHxHEIGHT with edges of 64 to 4096 pixels and an aspect ratio between 1:3 and 3:1";

    private static readonly string[] Qualities = ["auto", "standard", "hd", "low", "medium", "high"];

    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out ImageGenerationRequest? request, [NotNullWhen(false)] out OpenAiError? error)
    {
        request = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            error = document.RootElement.ValueKind == JsonValueKind.Object
                ? Read(document.RootElement, out request)
                : BodyFieldErrors.InvalidType("body", "an object");
        }
        catch (JsonException)
        {
            error = BodyFieldErrors.InvalidJson();
        }

        return error is null;
    }

    private static OpenAiError? Read(JsonElement body, out ImageGenerationRequest? request)
    {
        request = null;
        OpenAiError?[] errors =
        [
            ReadPrompt(body, out var prompt),
            ReadString(body, "model", out var model),
            ReadInteger(body, "n", 1, MaxImages, out var n),
            ReadSize(body, out var size),
            ReadChoice(body, "quality", Qualities, out var quality),
            ReadResponseFormat(body, out var responseFormat),
            ReadOutputFormat(body, out var outputFormat),
            ReadInteger(body, "output_compression", 0, 100, out var compression),
            ReadString(body, "user", out var user),
            RefuseStreaming(body),
        ];
        if (Array.Find(errors, error => error is not null) is { } first)
        {
            return first;
        }

        request = new ImageGenerationRequest
        {
            Prompt = prompt!,
            Model = model,
            N = n ?? 1,
            Size = size,
            Quality = quality,
            ResponseFormat = responseFormat,
            OutputFormat = outputFormat,
            OutputCompression = compression ?? 100,
            User = user,
        };
        return null;
    }

    private static OpenAiError? ReadPrompt(JsonElement body, out string? prompt)
    {
        if (ReadString(body, "prompt", out prompt) is { } error)
        {
            return error;
        }

        return prompt is null ? BodyFieldErrors.Missing("prompt")
            : string.IsNullOrWhiteSpace(prompt) ? BodyFieldErrors.EmptyString("prompt")
            : prompt.Length > MaxPromptLength ? ImageRequestErrors.TooLong("prompt", MaxPromptLength)
            : null;
    }

    private static OpenAiError? ReadSize(JsonElement body, out ImageDimensions? size)
    {
        size = null;
        if (ReadString(body, "size", out var text) is { } error)
        {
            return error;
        }

        if (text is null or "auto")
        {
            return null;
        }

        if (!ImageDimensions.TryParse(text, out var parsed))
        {
            return BodyFieldErrors.InvalidValue("size", text, Sizes);
        }

        size = parsed;
        return null;
    }

    private static OpenAiError? ReadResponseFormat(JsonElement body, out ImageResponseFormat format)
    {
        format = ImageResponseFormat.B64Json;
        if (ReadChoice(body, "response_format", ["b64_json", "url"], out var text) is { } error)
        {
            return error;
        }

        format = text == "url" ? ImageResponseFormat.Url : ImageResponseFormat.B64Json;
        return null;
    }

    private static OpenAiError? ReadOutputFormat(JsonElement body, out ImageFileFormat format)
    {
        format = ImageFileFormat.Png;
        if (ReadString(body, "output_format", out var text) is { } error)
        {
            return error;
        }

        return text is null || ImageFormats.TryParse(text, out format) ? null : BodyFieldErrors.InvalidValue("output_format", text, "'png', 'jpeg', and 'webp'");
    }

    private static OpenAiError? RefuseStreaming(JsonElement body) =>
        body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True
            ? ImageRequestErrors.Unsupported("stream", "Streaming partial images is not supported by this router; send the request without 'stream'.")
            : null;

    private static OpenAiError? ReadChoice(JsonElement body, string name, string[] allowed, out string? value)
    {
        if (ReadString(body, name, out value) is { } error)
        {
            return error;
        }

        return value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? null
            : BodyFieldErrors.InvalidValue(name, value, string.Join(", ", allowed.Select(choice => $"'{choice}'")));
    }

    private static OpenAiError? ReadString(JsonElement body, string name, out string? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            return BodyFieldErrors.InvalidType(name, "a string");
        }

        value = property.GetString();
        return null;
    }

    private static OpenAiError? ReadInteger(JsonElement body, string name, int min, int max, out int? value)
    {
        value = null;
        if (!body.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.Number || !property.TryGetInt64(out var number))
        {
            return BodyFieldErrors.InvalidType(name, "an integer");
        }

        if (number < min || number > max)
        {
            return ImageRequestErrors.OutOfRange(name, number, min, max);
        }

        value = (int)number;
        return null;
    }
}
