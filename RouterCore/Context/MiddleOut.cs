namespace AspireRouter.RouterCore.Context;

/// <summary>
/// Shortens a conversation from the middle until it fits a token budget. It keeps every system or developer message, the
/// first user message and the latest turn; an assistant message that calls tools and the tool results after it go together.
/// Among the rest it removes the turn nearest the middle of what is left (the older one on a tie), one at a time.
/// </summary>
public static class MiddleOut
{
    /// <summary>The name in OpenRouter's <c>transforms</c> list, and in the <c>x-router-transform</c> response header.</summary>
    public const string TransformName = "middle-out";

    /// <param name="fixedTokens">Tokens that stay whatever is removed (tool definitions).</param>
    /// <returns>The plan, or null when even the kept messages exceed the budget.</returns>
    public static MiddleOutPlan? Plan(IReadOnlyList<ConversationMessage> messages, int fixedTokens, int budget)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var turns = Turns(messages);
        var total = fixedTokens + turns.Sum(turn => turn.Tokens);
        var removedMessages = 0;
        var removedTokens = 0;
        while (total > budget)
        {
            var index = NearestTheMiddle(turns);
            if (index < 0)
            {
                return null;
            }

            var turn = turns[index];
            turns.RemoveAt(index);
            total -= turn.Tokens;
            removedTokens += turn.Tokens;
            removedMessages += turn.Count;
        }

        return new MiddleOutPlan([.. turns.SelectMany(turn => Enumerable.Range(turn.Start, turn.Count))], removedMessages, removedTokens, total);
    }

    private static int NearestTheMiddle(List<Turn> turns)
    {
        var middle = (turns.Count - 1) / 2.0;
        var best = -1;
        for (var i = 0; i < turns.Count; i++)
        {
            if (!turns[i].Pinned && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle)))
            {
                best = i;
            }
        }

        return best;
    }

    private static List<Turn> Turns(IReadOnlyList<ConversationMessage> messages)
    {
        var turns = new List<Turn>();
        var firstUserSeen = false;
        for (var start = 0; start < messages.Count;)
        {
            var end = start + 1;
            while (messages[start].MakesToolCalls && end < messages.Count && messages[end].IsToolResult)
            {
                end++;
            }

            var tokens = 0;
            var pinned = end == messages.Count;
            for (var i = start; i < end; i++)
            {
                tokens += messages[i].Tokens;
                pinned |= messages[i].IsInstruction || (!firstUserSeen && messages[i].Role == "user");
                firstUserSeen |= messages[i].Role == "user";
            }

            turns.Add(new Turn(start, end - start, tokens, pinned));
            start = end;
        }

        return turns;
    }

    private readonly record struct Turn(int Start, int Count, int Tokens, bool Pinned);
}
