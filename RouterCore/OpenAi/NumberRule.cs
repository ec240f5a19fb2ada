using System.Text;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>A numeric chat parameter and the range OpenAI's API documents for it.</summary>
internal sealed class NumberRule(string param, double minimum, double maximum, bool integer)
{
    public string Param { get; } = param;

    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(param);

    public double Minimum { get; } = minimum;

    public double Maximum { get; } = maximum;

    public bool Integer { get; } = integer;
}
