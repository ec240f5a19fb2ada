using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Requirements;

public sealed class RequirementsReaderTests
{
    [Fact]
    public void From_PlainChat_NeedsOnlyTextOutput()
    {
        var requirements = RequirementsReader.From(ChatRequests.Parse(ChatRequests.Hello));

        Assert.Equal(ModelCapabilities.TextOutput, requirements.Capabilities);
        Assert.False(requirements.NeedsTools);
    }

    [Theory]
    [InlineData("""{"tools":[{"type":"function","function":{"name":"f"}}],""", ModelCapabilities.Tools)]
    [InlineData("""{"tools":[{"type":"function","function":{"name":"f"}}],"tool_choice":"required",""", ModelCapabilities.Tools | ModelCapabilities.ToolChoice)]
    [InlineData("""{"tool_choice":"auto",""", ModelCapabilities.Tools)]
    [InlineData("""{"tool_choice":"none",""", ModelCapabilities.None)]
    [InlineData("""{"response_format":{"type":"json_schema","json_schema":{"name":"answer"}},""", ModelCapabilities.StructuredOutputs)]
    [InlineData("""{"response_format":{"type":"json_object"},""", ModelCapabilities.ResponseFormat)]
    [InlineData("""{"response_format":{"type":"text"},""", ModelCapabilities.None)]
    [InlineData("""{"modalities":["image","text"],""", ModelCapabilities.ImageOutput)]
    public void From_RequestFeatures_AddCapabilities(string opening, ModelCapabilities expected)
    {
        var request = ChatRequests.Parse(opening + """ "messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(expected | ModelCapabilities.TextOutput, RequirementsReader.From(request).Capabilities);
    }

    [Fact]
    public void From_ImagePart_NeedsVision()
    {
        var request = ChatRequests.Parse("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]}]}""");

        Assert.True(RequirementsReader.From(request).NeedsVision);
    }

    [Fact]
    public void From_ImageOnlyModalities_DoesNotNeedText()
    {
        var request = ChatRequests.Parse("""{"modalities":["image"],"messages":[{"role":"user","content":"A cat"}]}""");

        Assert.Equal(ModelCapabilities.ImageOutput, RequirementsReader.From(request).Capabilities);
    }

    [Fact]
    public void EstimatePromptTokens_TextAndMessages_IsBytesOverFourRoundedUpPlusFourPerMessage()
    {
        var request = ChatRequests.Parse("""{"messages":[{"role":"system","content":"12345"},{"role":"user","content":"1234"}]}""");

        Assert.Equal(3 + 8, RequirementsReader.EstimatePromptTokens(request));
    }

    [Theory]
    [InlineData("""{"max_tokens":100,"max_completion_tokens":900,""", 100)]
    [InlineData("""{"max_completion_tokens":900,""", 900)]
    [InlineData("{", 0)]
    public void From_CompletionBudget_AddsToMinimumContext(string opening, int completionTokens)
    {
        var request = ChatRequests.Parse(opening + """ "messages":[{"role":"user","content":"12345678"}]}""");

        Assert.Equal(2 + 4 + completionTokens, RequirementsReader.From(request).MinContextTokens);
    }
}
