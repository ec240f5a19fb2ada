using System.Text.Json.Serialization.Metadata;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Serialization;

/// <summary>Source-generated type info for the RouterCore types the services serialize (e.g. <c>ar:catalog</c> entries).</summary>
public static class RouterJson
{
    public static JsonTypeInfo<ModelInfo> ModelInfo => RouterJsonContext.Default.ModelInfo;

    public static JsonTypeInfo<IReadOnlyList<ModelInfo>> ModelInfoList => RouterJsonContext.Default.IReadOnlyListModelInfo;

    public static JsonTypeInfo<OpenAiErrorResponse> OpenAiErrorResponse => RouterJsonContext.Default.OpenAiErrorResponse;
}
