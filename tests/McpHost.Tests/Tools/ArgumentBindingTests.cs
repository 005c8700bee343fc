using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.ListClients;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.Tools;

/// <summary>The binder and schema rules every tool shares: aliases, one value for a list, suggestions, closed sets as enums.</summary>
public sealed class ArgumentBindingTests
{
    private static Dictionary<string, JsonElement> Arguments(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Fact]
    public void The_original_spelling_binds_to_the_canonical_argument_and_one_value_fills_a_list()
    {
        var request = ArgumentBinder.Bind<ListClients>("list_clients", Arguments("""{"tier_filter": "Enterprise", "lifecycle_stages": "active", "min_arr": 5000}"""));

        Assert.Equal(["Enterprise"], request.Tiers);
        Assert.Equal(["active"], request.LifecycleStages);
        Assert.Equal(5000m, request.ArrMin);
    }

    [Fact]
    public void An_argument_given_under_two_spellings_is_refused_naming_both()
    {
        var invalid = Assert.Throws<ValidationException>(() =>
            ArgumentBinder.Bind<ListClients>("list_clients", Arguments("""{"tiers": ["starter"], "tier_filter": "enterprise"}""")));

        Assert.Equal(["'tiers' is given twice, as 'tiers' and as 'tier_filter' (another spelling of it); give it once."], invalid.Errors["tiers"]);
    }

    [Fact]
    public void An_unknown_argument_names_the_closest_known_one()
    {
        var invalid = Assert.Throws<ValidationException>(() => ArgumentBinder.Bind<ListClients>("list_clients", Arguments("""{"limt": 5}""")));

        Assert.StartsWith("'limt' is not an argument of list_clients. Did you mean 'limit'? Accepted: limit, offset, tiers,", Assert.Single(invalid.Errors["limt"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_sets_are_schema_enums_from_the_domain_enum_and_aliases_stay_out_of_the_schema()
    {
        var properties = ToolSchemas.Input(typeof(ListClients)).GetProperty("properties");

        Assert.Equal(["starter", "standard", "professional", "enterprise"],
            properties.GetProperty("tiers").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("array", properties.GetProperty("tiers").GetProperty("type").GetString());
        Assert.Equal("number", properties.GetProperty("arr_min").GetProperty("type").GetString());
        Assert.False(properties.TryGetProperty("tier_filter", out _));
        Assert.False(properties.TryGetProperty("min_arr", out _));
    }

    [Fact]
    public void Result_text_keeps_plus_greater_than_and_apostrophes_as_they_are() =>
        Assert.Equal("""{"rule":"health >= 60 + it's stable"}""", JsonSerializer.Serialize(new { Rule = "health >= 60 + it's stable" }, ToolJson.Options));
}
