using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>How many tokens a text reply has (0: the mode's own length); from configuration, changed through the control API.</summary>
internal sealed class ReplyLength
{
    private readonly IOptions<SimulatorOptions> _options;
    private int _tokens;

    public ReplyLength(IOptions<SimulatorOptions> options)
    {
        _options = options;
        Reset();
    }

    public int Tokens => Volatile.Read(ref _tokens);

    public void Set(int tokens)
    {
        if (tokens < 0)
        {
            throw new ArgumentException("Reply tokens must not be negative.", nameof(tokens));
        }

        Volatile.Write(ref _tokens, tokens);
    }

    public void Reset() => Set(_options.Value.ReplyTokens);
}
