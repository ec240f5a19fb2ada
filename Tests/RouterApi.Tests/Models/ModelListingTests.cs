using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Models;

/// <summary><c>/v1/models</c> over the recorded OpenRouter catalog: sizes where they can be known, nothing where they cannot, and the presets.</summary>
public sealed class ModelListingTests
{
    [Fact]
    public async Task ModelsList_ShowsParameterCountsAndWhereTheyCameFrom_AndNoneForUnknownSizes()
    {
        await using var host = await RouterTestHost.StartAsync();

        var models = await ListAsync(host);

        AssertSize(models["meta-llama/llama-3.3-70b-instruct:free"], 70, null, "hugging_face_id");
        AssertSize(models["qwen/qwen3-coder:free"], 480, 35, "hugging_face_id");
        AssertSize(models["openai/gpt-oss-120b:free"], 117, 5.1, "known");
        AssertSize(models["inclusionai/ling-2.6-1t:free"], 1000, null, "model_id");
        Assert.False(models["tencent/hy3-preview:free"].TryGetProperty("parameters_billions", out _));
        Assert.False(models["tencent/hy3-preview:free"].TryGetProperty("parameters_source", out _));
    }

    [Fact]
    public async Task ModelsList_NamesThePresetsWithTheirFloors()
    {
        await using var host = await RouterTestHost.StartAsync();

        var models = await ListAsync(host);

        Assert.Contains("at least 70B parameters", models["free:large"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("at least 200000 tokens", models["free:long"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("quickest first token", models["free:fast"].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.All(["free:large", "free:long", "free:fast"], id => Assert.True(models[id].GetProperty("virtual").GetBoolean()));
    }

    [Fact]
    public async Task ConfiguredSize_FillsInAnUnknownModel_AndThePresetsCountsFollow()
    {
        // An operator's row for a model whose name says nothing (the figure is illustrative).
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Settings["Catalog:ModelSizes:0:Model"] = "tencent/hy3-preview";
            options.Settings["Catalog:ModelSizes:0:ParametersBillions"] = "100";
        });

        var status = await host.StatusAsync();

        AssertSize(status.Model("tencent/hy3-preview:free"), 100, null, "configuration");
        var presets = status.GetProperty("pool").GetProperty("virtual_models");
        var free = FixtureModels.FreeIdsWhere(WritesTextOnly).Count;
        Assert.Equal(free, presets.GetProperty("free").GetInt32());
        Assert.Equal(8 + 1, presets.GetProperty("free:large").GetInt32());
        Assert.Equal(FixtureModels.FreeIdsWhere(m => WritesTextOnly(m) && FixtureModels.ContextLength(m) >= 200_000).Count, presets.GetProperty("free:long").GetInt32());
        Assert.Equal(free, presets.GetProperty("free:fast").GetInt32());
    }

    // The chat pool leaves out the music models that also answer with audio.
    private static bool WritesTextOnly(JsonNode model) =>
        model["architecture"]!["output_modalities"]!.AsArray().Select(modality => modality!.GetValue<string>()).SequenceEqual(["text"]);

    private static void AssertSize(JsonElement model, double total, double? active, string source)
    {
        Assert.Equal(total, model.GetProperty("parameters_billions").GetDouble());
        Assert.Equal(active, model.TryGetProperty("active_parameters_billions", out var value) ? value.GetDouble() : null);
        Assert.Equal(source, model.GetProperty("parameters_source").GetString());
    }

    private static async Task<Dictionary<string, JsonElement>> ListAsync(RouterTestHost host)
    {
        using var document = JsonDocument.Parse(await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("data").EnumerateArray().ToDictionary(entry => entry.GetProperty("id").GetString()!, entry => entry.Clone());
    }
}
