using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Support;

namespace CsMcp.Domain.Tests.Support;

public sealed class TicketPriorityCodeTests
{
    [Fact]
    public void Priorities_keep_the_originals_upper_case_codes()
    {
        Assert.Equal(["P0", "P1", "P2", "P3", "P4"], EnumCodes<TicketPriority>.All);
        Assert.Equal("P0, P1, P2, P3, P4", EnumCodes<TicketPriority>.AllowedList);
    }

    [Theory]
    [InlineData("P1", TicketPriority.P1)]
    [InlineData("p1", TicketPriority.P1)]
    [InlineData(" P4 ", TicketPriority.P4)]
    public void Priorities_parse_case_insensitively(string code, TicketPriority expected)
    {
        Assert.True(EnumCodes<TicketPriority>.TryParse(code, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Enums_without_explicit_names_stay_snake_case()
    {
        Assert.Equal("waiting_on_engineering", EnumCodes<TicketStatus>.ToCode(TicketStatus.WaitingOnEngineering));
        Assert.Equal("at_risk", EnumCodes<LifecycleStage>.ToCode(LifecycleStage.AtRisk));
    }

    [Fact]
    public void Json_uses_the_same_codes_as_storage()
    {
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));

        Assert.Equal("\"P0\"", System.Text.Json.JsonSerializer.Serialize(TicketPriority.P0, options));
        Assert.Equal("\"how_to_question\"", System.Text.Json.JsonSerializer.Serialize(TicketCategory.HowToQuestion, options));
    }

    [Theory]
    [InlineData(TicketPriority.P0, 5, 60)]
    [InlineData(TicketPriority.P1, 15, 240)]
    [InlineData(TicketPriority.P2, 60, 1_440)]
    [InlineData(TicketPriority.P3, 240, 2_880)]
    [InlineData(TicketPriority.P4, 480, 4_320)]
    public void Sla_targets_follow_the_original_matrix(TicketPriority priority, int firstResponse, int resolution) =>
        Assert.Equal(new TicketSla(firstResponse, resolution), TicketSla.For(priority));
}
