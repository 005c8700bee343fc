using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

namespace CsMcp.Application.Tests.Features.Support;

public sealed class AnalyzeSupportPerformanceValidatorTests
{
    private static Dictionary<string, string[]> Errors(AnalyzeSupportPerformance request) =>
        ArgumentErrors.From(new AnalyzeSupportPerformanceValidator().Validate(request).Errors);

    [Fact]
    public void The_minimal_call_and_every_argument_are_valid()
    {
        Assert.Empty(Errors(new AnalyzeSupportPerformance()));
        Assert.Empty(Errors(new AnalyzeSupportPerformance
        {
            ClientId = "acme-1", AnalysisType = "KNOWLEDGE_BASE", PeriodDays = 365, TeamFilter = "Tier 1", AgentFilter = "Bo", PriorityFilter = "p0",
            IncludeTrends = false, IncludeRecommendations = false,
        }));
    }

    [Fact]
    public void An_unknown_analysis_type_lists_the_allowed_codes() =>
        Assert.Equal("'analysis_type' must be one of: overview, sla, agent, satisfaction, knowledge_base, trends, comparison (case-insensitive); got 'volume'.",
            Assert.Single(Errors(new AnalyzeSupportPerformance { AnalysisType = "volume" })["analysis_type"]));

    [Fact]
    public void An_unknown_priority_lists_the_ticket_priorities() =>
        Assert.Equal("'priority_filter' must be one of: P0, P1, P2, P3, P4 (case-insensitive); got 'urgent'.",
            Assert.Single(Errors(new AnalyzeSupportPerformance { PriorityFilter = "urgent" })["priority_filter"]));

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Period_days_is_1_to_365(int days) =>
        Assert.Equal($"'period_days' must be 1-365; got {days}. Give the number of days back from now to analyse, e.g. 30.",
            Assert.Single(Errors(new AnalyzeSupportPerformance { PeriodDays = days })["period_days"]));

    [Fact]
    public void A_malformed_client_id_is_refused() =>
        Assert.Single(Errors(new AnalyzeSupportPerformance { ClientId = "not a client id!" })["client_id"]);

    [Fact]
    public void Team_and_agent_filters_are_at_most_200_characters()
    {
        var errors = Errors(new AnalyzeSupportPerformance { TeamFilter = new string('t', 201), AgentFilter = new string('a', 201) });
        Assert.Equal("'team_filter' must be at most 200 characters: give a stored team name, or omit it for every team.", Assert.Single(errors["team_filter"]));
        Assert.Equal("'agent_filter' must be at most 200 characters: give a stored agent name, or omit it for every agent.", Assert.Single(errors["agent_filter"]));
    }
}
