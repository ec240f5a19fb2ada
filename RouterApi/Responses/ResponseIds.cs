using System.Buffers;
using System.Security.Cryptography;

namespace AspireRouter.RouterApi.Responses;

/// <summary>Ids of responses (<c>resp_</c>), output messages (<c>msg_</c>), function calls (<c>fc_</c>) and call ids (<c>call_</c>): a prefix and 128 random bits in hex.</summary>
internal static class ResponseIds
{
    private const string ResponsePrefix = "resp_";
    private const int HexLength = 32;
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    public static string NewResponse() => ResponsePrefix + RandomHex();

    public static string NewMessage() => "msg_" + RandomHex();

    public static string NewFunctionCall() => "fc_" + RandomHex();

    /// <summary>A call id for a tool call the upstream sent without one.</summary>
    public static string NewCallId() => "call_" + RandomHex();

    public static bool IsResponseId(string id) =>
        id.Length == ResponsePrefix.Length + HexLength
        && id.StartsWith(ResponsePrefix, StringComparison.Ordinal)
        && id.AsSpan(ResponsePrefix.Length).ContainsAnyExcept(LowerHex) is false;

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(HexLength / 2));
}
