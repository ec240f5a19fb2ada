using System.Text;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>Reads protobuf's wire format field by field: just enough to walk an OTLP export in test code.</summary>
internal sealed class ProtobufReader(ReadOnlyMemory<byte> buffer)
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private const int Fixed32 = 5;

    private int _position;

    /// <summary>Moves to the next field; false at the end of the message.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_position >= buffer.Length)
        {
            (field, wireType) = (0, 0);
            return false;
        }

        var tag = ReadVarint();
        (field, wireType) = ((int)(tag >> 3), (int)(tag & 7));
        return true;
    }

    public ReadOnlyMemory<byte> ReadBytes()
    {
        var length = checked((int)ReadVarint());
        var bytes = buffer.Slice(_position, length);
        _position += length;
        return bytes;
    }

    public ProtobufReader ReadMessage() => new(ReadBytes());

    public string ReadString() => Encoding.UTF8.GetString(ReadBytes().Span);

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = buffer.Span[_position++];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }
    }

    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case Varint:
                ReadVarint();
                break;
            case Fixed64:
                _position += 8;
                break;
            case LengthDelimited:
                ReadBytes();
                break;
            case Fixed32:
                _position += 4;
                break;
            default:
                throw new InvalidDataException($"Protobuf wire type {wireType} is not one OTLP uses.");
        }
    }
}
