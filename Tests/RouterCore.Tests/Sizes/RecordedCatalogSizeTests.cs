using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Sizes;

/// <summary>The sizes derived for every free text model of the recorded OpenRouter catalog, each checked against its publisher's name.</summary>
public sealed class RecordedCatalogSizeTests
{
    private static readonly Lazy<IReadOnlyList<ModelInfo>> Pool = new(() => ModelSizeResolver.Resolve(FreeModelFilter.Apply(Fixtures.OpenRouterModels()), []));

    // id, total (B), active (B), source; -1 = unknown. Total and active come from the hugging_face_id, the id or the name as
    // the publisher wrote them, or from the known sizes for models whose names round (gpt-oss) or omit them (GLM-4.5-Air).
    public static TheoryData<string, double, double, ModelSizeSource?> Expected => new()
    {
        { "cognitivecomputations/dolphin-mistral-24b-venice-edition:free", 24, -1, ModelSizeSource.HuggingFaceId },
        { "google/gemma-3-12b-it:free", 12, -1, ModelSizeSource.HuggingFaceId },
        { "google/gemma-3-27b-it:free", 27, -1, ModelSizeSource.HuggingFaceId },
        { "google/gemma-3-4b-it:free", 4, -1, ModelSizeSource.HuggingFaceId },
        { "google/gemma-3n-e2b-it:free", 2, -1, ModelSizeSource.Name },
        { "google/gemma-3n-e4b-it:free", 4, -1, ModelSizeSource.Name },
        { "google/gemma-4-26b-a4b-it:free", 26, 4, ModelSizeSource.HuggingFaceId },
        { "google/gemma-4-31b-it:free", 31, -1, ModelSizeSource.HuggingFaceId },
        { "inclusionai/ling-2.6-1t:free", 1000, -1, ModelSizeSource.ModelId },
        { "liquid/lfm-2.5-1.2b-instruct:free", 1.2, -1, ModelSizeSource.HuggingFaceId },
        { "liquid/lfm-2.5-1.2b-thinking:free", 1.2, -1, ModelSizeSource.HuggingFaceId },
        { "meta-llama/llama-3.2-3b-instruct:free", 3, -1, ModelSizeSource.HuggingFaceId },
        { "meta-llama/llama-3.3-70b-instruct:free", 70, -1, ModelSizeSource.HuggingFaceId },
        { "nousresearch/hermes-3-llama-3.1-405b:free", 405, -1, ModelSizeSource.HuggingFaceId },
        { "nvidia/nemotron-3-nano-30b-a3b:free", 30, 3, ModelSizeSource.HuggingFaceId },
        { "nvidia/nemotron-3-nano-omni-30b-a3b-reasoning:free", 30, 3, ModelSizeSource.ModelId },
        { "nvidia/nemotron-3-super-120b-a12b:free", 120, 12, ModelSizeSource.HuggingFaceId },
        { "nvidia/nemotron-nano-12b-v2-vl:free", 12, -1, ModelSizeSource.HuggingFaceId },
        { "nvidia/nemotron-nano-9b-v2:free", 9, -1, ModelSizeSource.HuggingFaceId },
        { "openai/gpt-oss-120b:free", 117, 5.1, ModelSizeSource.Known },
        { "openai/gpt-oss-20b:free", 21, 3.6, ModelSizeSource.Known },
        { "qwen/qwen3-coder:free", 480, 35, ModelSizeSource.HuggingFaceId },
        { "qwen/qwen3-next-80b-a3b-instruct:free", 80, 3, ModelSizeSource.HuggingFaceId },
        { "z-ai/glm-4.5-air:free", 106, 12, ModelSizeSource.Known },
        { "baidu/qianfan-ocr-fast:free", -1, -1, null },
        { "minimax/minimax-m2.5:free", -1, -1, null },
        { "poolside/laguna-m.1:free", -1, -1, null },
        { "poolside/laguna-xs.2:free", -1, -1, null },
        { "tencent/hy3-preview:free", -1, -1, null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Resolve_RecordedFreeModel_HasItsPublishedSizeOrStaysUnknown(string id, double total, double active, ModelSizeSource? source)
    {
        var model = Assert.Single(Pool.Value, model => model.Id == id);

        Assert.Equal(source, model.Size?.Source);
        Assert.Equal(total < 0 ? null : total, model.Size?.TotalBillions);
        Assert.Equal(active < 0 ? null : active, model.Size?.ActiveBillions);
    }

    [Fact]
    public void Expected_CoversEveryFreeTextModelOfTheRecordedCatalog()
    {
        var covered = Expected.Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(covered.Order(StringComparer.Ordinal), Pool.Value.Select(model => model.Id).Order(StringComparer.Ordinal));
    }
}
