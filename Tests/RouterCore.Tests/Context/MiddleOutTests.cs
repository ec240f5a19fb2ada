using AspireRouter.RouterCore.Context;

namespace AspireRouter.RouterCore.Tests.Context;

/// <summary>Which messages middle-out keeps, exactly, for conversations with made-up token counts.</summary>
public sealed class MiddleOutTests
{
    [Fact]
    public void Plan_AlternatingTurns_RemovesFromTheMiddleOutwardsKeepingSystemFirstUserAndLatest()
    {
        ConversationMessage[] messages =
        [
            new("system", 10), new("user", 10), new("assistant", 10), new("user", 10),
            new("assistant", 10), new("user", 10), new("assistant", 10), new("user", 10),
        ];

        var plan = MiddleOut.Plan(messages, fixedTokens: 0, budget: 50)!;

        Assert.Equal([0, 1, 5, 6, 7], plan.Kept);
        Assert.Equal(3, plan.RemovedMessages);
        Assert.Equal(30, plan.RemovedTokens);
        Assert.Equal(50, plan.PromptTokens);
    }

    [Fact]
    public void Plan_ToolCallAndItsResults_AreRemovedTogether()
    {
        ConversationMessage[] messages =
        [
            new("system", 5), new("user", 5), new("assistant", 20, MakesToolCalls: true), new("tool", 20), new("tool", 20),
            new("assistant", 10), new("user", 10),
        ];

        var plan = MiddleOut.Plan(messages, fixedTokens: 0, budget: 40)!;

        Assert.Equal([0, 1, 5, 6], plan.Kept);
        Assert.Equal(3, plan.RemovedMessages);
        Assert.Equal(60, plan.RemovedTokens);
    }

    [Fact]
    public void Plan_LatestTurnIsAToolCallWithResults_KeepsThemTogether()
    {
        ConversationMessage[] messages =
        [
            new("user", 10), new("assistant", 10), new("user", 10), new("assistant", 10), new("user", 10),
            new("assistant", 10, MakesToolCalls: true), new("tool", 10),
        ];

        var plan = MiddleOut.Plan(messages, fixedTokens: 5, budget: 45)!;

        Assert.Equal([0, 4, 5, 6], plan.Kept);
        Assert.Equal(45, plan.PromptTokens);
    }

    [Fact]
    public void Plan_InstructionsMidConversation_AreKept()
    {
        ConversationMessage[] messages =
        [
            new("user", 10), new("assistant", 10), new("developer", 10), new("user", 10), new("assistant", 10), new("user", 10),
        ];

        var plan = MiddleOut.Plan(messages, fixedTokens: 0, budget: 30)!;

        Assert.Equal([0, 2, 5], plan.Kept);
    }

    [Fact]
    public void Plan_AlreadyWithinBudget_KeepsEverything()
    {
        ConversationMessage[] messages = [new("system", 10), new("user", 10), new("assistant", 10), new("user", 10)];

        var plan = MiddleOut.Plan(messages, fixedTokens: 0, budget: 40)!;

        Assert.Equal([0, 1, 2, 3], plan.Kept);
        Assert.Equal(0, plan.RemovedMessages);
    }

    [Fact]
    public void Plan_WhatMustStayIsOverTheBudget_CannotFit()
    {
        ConversationMessage[] messages = [new("system", 30), new("user", 30), new("assistant", 10), new("user", 30)];

        Assert.Null(MiddleOut.Plan(messages, fixedTokens: 0, budget: 80));
    }
}
