using System.Buffers.Binary;

namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>Reads protobuf's wire format field by field: just what the OTLP readers need (varints, fixed 64-bit, length-delimited).</summary>
internal ref struct ProtobufReader
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private const int Fixed32 = 5;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtobufReader(ReadOnlySpan<byte> data) => _data = data;

    public bool TryReadField(out int field, out int wireType)
    {
        if (_position >= _data.Length)
        {
            field = wireType = 0;
            return false;
        }

        var tag = ReadVarint();
        field = (int)(tag >> 3);
        wireType = (int)(tag & 7);
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _data[_position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    public ulong ReadFixed64()
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(_data[_position..]);
        _position += 8;
        return value;
    }

    public double ReadDouble() => BitConverter.UInt64BitsToDouble(ReadFixed64());

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = (int)ReadVarint();
        var bytes = _data.Slice(_position, length);
        _position += length;
        return bytes;
    }

    public string ReadString() => System.Text.Encoding.UTF8.GetString(ReadBytes());

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
                throw new InvalidDataException($"Unknown protobuf wire type {wireType}.");
        }
    }
}
