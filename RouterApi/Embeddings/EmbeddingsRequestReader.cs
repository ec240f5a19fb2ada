using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// Reads and checks an embeddings body as OpenAI does: <c>model</c>; <c>input</c> as a string, strings, token ids or arrays of
/// token ids (none empty, at most <c>Embeddings:MaxInputs</c>); <c>encoding_format</c> <c>float</c> or <c>base64</c>; a positive
/// <c>dimensions</c>; <c>user</c>. Fields it does not know are ignored, as OpenAI's clients send extras.
/// </summary>
internal static class EmbeddingsRequestReader
{
    public static bool TryRead(ReadOnlyMemory<byte> body, int maxInputs, [NotNullWhen(true)] out EmbeddingsRequest? request, [NotNullWhen(false)] out OpenAiError? error)
    {
        request = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            error = document.RootElement.ValueKind == JsonValueKind.Object
                ? Read(document.RootElement, maxInputs, out request)
                : BodyFieldErrors.InvalidType("body", "an object");
        }
        catch (JsonException)
        {
            error = BodyFieldErrors.InvalidJson();
        }

        return error is null;
    }

    private static OpenAiError? Read(JsonElement body, int maxInputs, out EmbeddingsRequest? request)
    {
        request = null;
        OpenAiError?[] errors =
        [
            ReadModel(body, out var model),
            ReadInput(body, maxInputs, out var inputs, out var tokens),
            ReadEncoding(body, out var encoding),
            ReadDimensions(body, out var dimensions),
            ReadUser(body, out var user),
        ];
        if (Array.Find(errors, error => error is not null) is { } first)
        {
            return first;
        }

        request = new EmbeddingsRequest { Model = model!, Inputs = inputs!, HasTokens = tokens, Encoding = encoding, Dimensions = dimensions, User = user };
        return null;
    }

    private static OpenAiError? ReadModel(JsonElement body, out string? model)
    {
        model = null;
        if (!body.TryGetProperty("model", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return BodyFieldErrors.Missing("model");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return BodyFieldErrors.InvalidType("model", "a string");
        }

        model = value.GetString()!;
        return model.Length == 0 ? BodyFieldErrors.EmptyString("model") : null;
    }

    private static OpenAiError? ReadInput(JsonElement body, int maxInputs, out List<EmbeddingInput>? inputs, out bool tokens)
    {
        inputs = null;
        tokens = false;
        if (!body.TryGetProperty("input", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return BodyFieldErrors.Missing("input");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            inputs = [new EmbeddingInput(value.GetString(), null)];
            return inputs[0].Text!.Length == 0 ? BodyFieldErrors.EmptyString("input") : null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return EmbeddingRequestErrors.MixedInput();
        }

        var count = value.GetArrayLength();
        if (count == 0)
        {
            return EmbeddingRequestErrors.EmptyArray("input");
        }

        // One array of token ids is one input; otherwise each item is an input.
        if (value[0].ValueKind == JsonValueKind.Number)
        {
            tokens = true;
            var error = ReadTokens(value, "input", out var ids);
            inputs = error is null ? [new EmbeddingInput(null, ids)] : null;
            return error;
        }

        if (count > maxInputs)
        {
            return EmbeddingRequestErrors.TooManyInputs(count, maxInputs);
        }

        tokens = value[0].ValueKind == JsonValueKind.Array;
        inputs = new List<EmbeddingInput>(count);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (ReadItem(item, tokens, $"input[{index.ToString(CultureInfo.InvariantCulture)}]", out var input) is { } error)
            {
                inputs = null;
                return error;
            }

            inputs.Add(input);
            index++;
        }

        return null;
    }

    private static OpenAiError? ReadItem(JsonElement item, bool tokens, string param, out EmbeddingInput input)
    {
        input = default;
        if (tokens)
        {
            if (item.ValueKind != JsonValueKind.Array)
            {
                return EmbeddingRequestErrors.MixedInput();
            }

            var error = ReadTokens(item, param, out var ids);
            input = new EmbeddingInput(null, ids);
            return error;
        }

        if (item.ValueKind != JsonValueKind.String)
        {
            return EmbeddingRequestErrors.MixedInput();
        }

        input = new EmbeddingInput(item.GetString(), null);
        return input.Text!.Length == 0 ? BodyFieldErrors.EmptyString(param) : null;
    }

    private static OpenAiError? ReadTokens(JsonElement array, string param, out int[]? ids)
    {
        ids = null;
        if (array.GetArrayLength() == 0)
        {
            return EmbeddingRequestErrors.EmptyArray(param);
        }

        var read = new int[array.GetArrayLength()];
        var i = 0;
        foreach (var token in array.EnumerateArray())
        {
            if (token.ValueKind != JsonValueKind.Number)
            {
                return EmbeddingRequestErrors.MixedInput();
            }

            if (!token.TryGetInt32(out var id) || id < 0)
            {
                return EmbeddingRequestErrors.InvalidToken(param);
            }

            read[i++] = id;
        }

        ids = read;
        return null;
    }

    private static OpenAiError? ReadEncoding(JsonElement body, out EmbeddingEncoding encoding)
    {
        encoding = EmbeddingEncoding.Float;
        if (!body.TryGetProperty("encoding_format", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return BodyFieldErrors.InvalidType("encoding_format", "a string");
        }

        switch (value.GetString())
        {
            case "float":
                return null;
            case "base64":
                encoding = EmbeddingEncoding.Base64;
                return null;
            default:
                return BodyFieldErrors.InvalidValue("encoding_format", value.GetString()!, "'float' and 'base64'");
        }
    }

    private static OpenAiError? ReadDimensions(JsonElement body, out int? dimensions)
    {
        dimensions = null;
        if (!body.TryGetProperty("dimensions", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            return BodyFieldErrors.InvalidType("dimensions", "an integer");
        }

        if (number < 1)
        {
            return EmbeddingRequestErrors.BelowOne("dimensions", number);
        }

        dimensions = (int)Math.Min(number, int.MaxValue);
        return null;
    }

    private static OpenAiError? ReadUser(JsonElement body, out string? user)
    {
        user = null;
        if (!body.TryGetProperty("user", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return BodyFieldErrors.InvalidType("user", "a string");
        }

        user = value.GetString();
        return null;
    }
}
