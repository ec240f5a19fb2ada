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
        switch (name)
        {
            case "model":
                return ReadString(value, name, v => request.Model = v);
            case "input":
                request.Input = value;
                return value.ValueKind is JsonValueKind.String or JsonValueKind.Array ? null : ResponsesErrors.InvalidType(name, "a string or an array", value);
            case "instructions":
                return ReadString(value, name, v => request.Instructions = v);
            case "previous_response_id":
                return ReadString(value, name, v => request.PreviousResponseId = v);
            case "user":
                return ReadString(value, name, v => request.User = v);
            case "stream":
                return ReadBoolean(value, name, v => request.Stream = v);
            case "store":
                return ReadBoolean(value, name, v => request.Store = v);
            case "parallel_tool_calls":
                return ReadBoolean(value, name, v => request.ParallelToolCalls = v);
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
            case "max_output_tokens":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var max))
                {
                    return ResponsesErrors.InvalidType(name, "an integer", value);
                }

                request.MaxOutputTokens = max;
                return max < MinOutputTokens ? ResponsesErrors.OutOfRange(name, $"integer below minimum value. Expected a value >= {MinOutputTokens}, but got {max} instead") : null;
            case "temperature":
                return ReadNumber(value, name, 2, v => request.Temperature = v);
            case "top_p":
                return ReadNumber(value, name, 1, v => request.TopP = v);
            default:
                return null;
        }
    }

    private static OpenAiError? ReadString(JsonElement value, string name, Action<string> set)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return ResponsesErrors.InvalidType(name, "a string", value);
        }

        set(value.GetString()!);
        return null;
    }

    private static OpenAiError? ReadBoolean(JsonElement value, string name, Action<bool> set)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return ResponsesErrors.InvalidType(name, "a boolean", value);
        }

        set(value.GetBoolean());
        return null;
    }

    private static OpenAiError? ReadNumber(JsonElement value, string name, double max, Action<double> set)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return ResponsesErrors.InvalidType(name, "a decimal", value);
        }

        var number = value.GetDouble();
        set(number);
        return number < 0 || number > max
            ? ResponsesErrors.OutOfRange(name, $"decimal out of range. Expected a value between 0 and {max}, but got {number} instead")
            : null;
    }
}
