using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Parses a <c>POST /v1/responses</c> body and checks the type and range of each top-level field it uses.</summary>
internal static class ResponsesRequestReader
{
    private const int MinOutputTokens = 16;

    public static ResponsesRequest? Read(ReadOnlyMemory<byte> body, out OpenAiError? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            error = ResponsesErrors.InvalidJson();
            return null;
        }

        var request = new ResponsesRequest(document);
        error = document.RootElement.ValueKind == JsonValueKind.Object
            ? ReadFields(request)
            : ResponsesErrors.InvalidType("body", "an object", document.RootElement);
        if (error is null)
        {
            return request;
        }

        request.Dispose();
        return null;
    }

    private static OpenAiError? ReadFields(ResponsesRequest request)
    {
        foreach (var field in request.Root.EnumerateObject())
        {
            var value = field.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (ReadField(request, field.Name, value) is { } error)
            {
                return error;
            }
        }

        if (request.Input is null && request.PreviousResponseId is null)
        {
            return ResponsesErrors.Missing("input");
        }

        return null;
    }

    private static OpenAiError? ReadField(ResponsesRequest request, string name, JsonElement value)
    {
        OpenAiError? error = null;
        switch (name)
        {
            case "model":
                request.Model = ReadString(value, name, ref error);
                return error;
            case "instructions":
                request.Instructions = ReadString(value, name, ref error);
                return error;
            case "previous_response_id":
                request.PreviousResponseId = ReadString(value, name, ref error);
                return error;
            case "user":
                request.User = ReadString(value, name, ref error);
                return error;
            case "prompt_cache_key":
                request.PromptCacheKey = ReadString(value, name, ref error);
                return error;
            case "stream":
                request.Stream = ReadBoolean(value, name, ref error) ?? false;
                return error;
            case "store":
                request.Store = ReadBoolean(value, name, ref error) ?? true;
                return error;
            case "parallel_tool_calls":
                request.ParallelToolCalls = ReadBoolean(value, name, ref error);
                return error;
            case "temperature":
                request.Temperature = ReadNumber(value, name, 2, ref error);
                return error;
            case "top_p":
                request.TopP = ReadNumber(value, name, 1, ref error);
                return error;
            case "max_output_tokens":
                request.MaxOutputTokens = ReadMaxOutputTokens(value, ref error);
                return error;
            case "input":
                request.Input = value;
                return value.ValueKind is JsonValueKind.String or JsonValueKind.Array ? null : ResponsesErrors.InvalidType(name, "a string or an array", value);
            case "tools":
                request.Tools = value;
                return value.ValueKind == JsonValueKind.Array ? null : ResponsesErrors.InvalidType(name, "an array", value);
            case "tool_choice":
                request.ToolChoice = value;
                return value.ValueKind is JsonValueKind.String or JsonValueKind.Object ? null : ResponsesErrors.InvalidType(name, "a string or an object", value);
            case "text":
                request.Text = value;
                return value.ValueKind == JsonValueKind.Object ? null : ResponsesErrors.InvalidType(name, "an object", value);
            case "metadata":
                request.Metadata = value;
                return value.ValueKind == JsonValueKind.Object ? null : ResponsesErrors.InvalidType(name, "an object", value);
            case "router":
                request.Router = value;
                return null;
            default:
                return null;
        }
    }

    private static string? ReadString(JsonElement value, string name, ref OpenAiError? error)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        error = ResponsesErrors.InvalidType(name, "a string", value);
        return null;
    }

    private static bool? ReadBoolean(JsonElement value, string name, ref OpenAiError? error)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        error = ResponsesErrors.InvalidType(name, "a boolean", value);
        return null;
    }

    private static double? ReadNumber(JsonElement value, string name, double max, ref OpenAiError? error)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            error = ResponsesErrors.InvalidType(name, "a decimal", value);
            return null;
        }

        var number = value.GetDouble();
        if (number < 0 || number > max)
        {
            error = ResponsesErrors.OutOfRange(name, $"decimal out of range. Expected a value between 0 and {max}, but got {number} instead");
        }

        return number;
    }

    private static int? ReadMaxOutputTokens(JsonElement value, ref OpenAiError? error)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var max))
        {
            error = ResponsesErrors.InvalidType("max_output_tokens", "an integer", value);
            return null;
        }

        if (max < MinOutputTokens)
        {
            error = ResponsesErrors.OutOfRange("max_output_tokens", $"integer below minimum value. Expected a value >= {MinOutputTokens}, but got {max} instead");
        }

        return max;
    }
}
