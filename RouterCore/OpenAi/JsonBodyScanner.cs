using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>One pass over the whole body before it is read: well-formed JSON, valid UTF-8 in every name and string, at most <see cref="MaxDepth"/> levels of nesting.</summary>
internal static class JsonBodyScanner
{
    public const int MaxDepth = 64;

    private const int StackallocLimit = 512;

    public static ChatRequestError? Check(ReadOnlySequence<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth + 1 });
        var path = new JsonPathTracker(stackalloc bool[MaxDepth + 1], stackalloc int[MaxDepth + 1], stackalloc long[MaxDepth + 1], stackalloc int[MaxDepth + 1]);
        try
        {
            while (reader.Read())
            {
                path.Enter(reader.TokenType, reader.CurrentDepth, reader.TokenStartIndex, ValueLength(ref reader));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return ChatRequestErrors.TooDeep(path.Describe(body, reader.CurrentDepth));
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    var depth = reader.TokenType == JsonTokenType.PropertyName ? reader.CurrentDepth - 1 : reader.CurrentDepth;
                    return ChatRequestErrors.InvalidUtf8(path.Describe(body, depth));
                }
            }
        }
        catch (JsonException)
        {
            return ChatRequestErrors.InvalidJson();
        }

        return null;
    }

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        var length = ValueLength(ref reader);
        byte[]? rented = null;
        var buffer = length <= StackallocLimit ? stackalloc byte[StackallocLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return Utf8.IsValid(buffer[..reader.CopyString(buffer)]);
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\uD800) does not unescape to text.
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int ValueLength(ref Utf8JsonReader reader) =>
        checked((int)(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length));

    /// <summary>Where the reader is, as OpenAI names a parameter (<c>messages[2].content</c>); built only when an error needs it.</summary>
    private ref struct JsonPathTracker(Span<bool> isArray, Span<int> count, Span<long> nameStart, Span<int> nameLength)
    {
        private readonly Span<bool> _isArray = isArray;
        private readonly Span<int> _count = count;
        private readonly Span<long> _nameStart = nameStart;
        private readonly Span<int> _nameLength = nameLength;

        /// <summary>Notes the token: a container opens a level, a property name names the current member, a value in an array takes the next index.</summary>
        public readonly void Enter(JsonTokenType token, int depth, long tokenStart, int valueLength)
        {
            if (token == JsonTokenType.PropertyName)
            {
                _nameStart[depth - 1] = tokenStart + 1;
                _nameLength[depth - 1] = valueLength;
                return;
            }

            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return;
            }

            if (depth > 0 && _isArray[depth - 1])
            {
                _count[depth - 1]++;
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && depth <= MaxDepth)
            {
                _isArray[depth] = token == JsonTokenType.StartArray;
                _count[depth] = 0;
                _nameLength[depth] = -1;
            }
        }

        /// <summary>The path of the current member of each level below <paramref name="depth"/>; null at the top.</summary>
        public readonly string? Describe(ReadOnlySequence<byte> body, int depth)
        {
            var path = new StringBuilder();
            for (var level = 0; level < depth; level++)
            {
                if (_isArray[level])
                {
                    path.Append('[').Append(_count[level] - 1).Append(']');
                }
                else if (_nameLength[level] >= 0)
                {
                    var name = body.Slice(_nameStart[level], _nameLength[level]);
                    path.Append(level == 0 ? "" : ".").Append(Encoding.UTF8.GetString(name));
                }
            }

            return path.Length == 0 ? null : path.ToString();
        }
    }
}
