using CsMcp.Application.Features.Support.AnalyzeSupportPerformance;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Support;

public sealed class AnalyzeSupportPerformanceTests : CoreToolTestBase
{
    private static readonly DateTime Now = TestClock.Now.UtcDateTime;

    private Task<AnalyzeSupportPerformanceResult> Call(AnalyzeSupportPerformance query) =>
        WithDb(async db => await Create<AnalyzeSupportPerformanceHandler>(db).Handle(query, default));

    private async Task<(string A, string B)> Seed()
    {
        var a = (await Register("Acme Corp", b => b.Tier = "enterprise")).ClientId;
        var b = (await Register("Beta Inc", x => x.Tier = "starter")).ClientId;
        await WithDb(async db =>
        {
            await SupportData.SeedAsync(db, a, b);
            return 0;
        });
        return (a, b);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_of_one_client(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();

        var result = await Call(new AnalyzeSupportPerformance { ClientId = a });

        Assert.Equal(new SupportPeriod(Now.AddDays(-30), Now, 30), result.Period);
        var s = result.Summary;
        Assert.Equal((5, 3), (s.Tickets, s.Resolved));
        Assert.Equal((1, 1, 2, 1, 0), (s.ByStatus["open"], s.ByStatus["in_progress"], s.ByStatus["resolved"], s.ByStatus["closed"], s.ByStatus["reopened"]));
        Assert.Equal((0, 2, 1, 2, 0), (s.ByPriority["P0"], s.ByPriority["P1"], s.ByPriority["P2"], s.ByPriority["P3"], s.ByPriority["P4"]));
        Assert.Equal(new MinutesFigures(4, 32.5m, 30m, 60m), s.FirstResponseMinutes);
        Assert.Equal(new MinutesFigures(3, 500m, 300m, 1000m), s.ResolutionMinutes);
        Assert.Equal((0.75m, 0.6667m, 0.7143m), (s.FirstResponseSlaCompliance!.Value, s.ResolutionSlaCompliance!.Value, s.SlaCompliance!.Value));
        Assert.Equal((3.67m, 1m, 0.3333m, 0.2m), (s.CsatAverage!.Value, s.CsatResponseRate!.Value, s.CsatNegativeShare!.Value, s.EscalationRate!.Value));

        var sla = result.Sla!;
        Assert.Equal(new SlaCounts(3, 1, 1, 0, 0.75m), sla.FirstResponse);
        Assert.Equal(new SlaCounts(2, 1, 1, 1, 0.6667m), sla.Resolution);
        Assert.Equal((2, 1), (sla.AtRiskOpenTicketsNow, sla.BreachedOpenTicketsNow));
        Assert.Empty(sla.Issues);

        var satisfaction = result.Satisfaction!;
        Assert.Equal((3, 3), (satisfaction.Resolved, satisfaction.Rated));
        Assert.Equal((0, 1, 0, 1, 1), (satisfaction.ByRating["1"], satisfaction.ByRating["2"], satisfaction.ByRating["3"], satisfaction.ByRating["4"], satisfaction.ByRating["5"]));
        Assert.Equal(2, satisfaction.Actions.Count);

        Assert.Equal(
            [new GroupFigures("Tier 1", 3, 1, 45m, 1000m, 1m, 4m, 0m, null), new GroupFigures("Tier 2", 2, 2, 20m, 250m, 0.5m, 3.5m, 0.5m, null)],
            result.ByTeam);
        Assert.Equal(
            [new GroupFigures("Alex", 2, 2, 20m, 250m, 0.5m, 3.5m, 0.5m, true), new GroupFigures("Bo", 2, 1, 45m, 1000m, 1m, 4m, 0m, false)],
            result.ByAgent);

        var weeks = result.Trends!;
        Assert.Equal(5, weeks.Count);
        Assert.Equal(new WeekFigures(Now.AddDays(-30), Now.AddDays(-23), 0, null, null, null, null, null), weeks[0]);
        Assert.Equal(new WeekFigures(Now.AddDays(-9), Now.AddDays(-2), 2, 20m, 250m, 0.5m, 3.5m, 0.5m), weeks[3]);
        Assert.Equal(new WeekFigures(Now.AddDays(-2), Now, 2, 30m, null, 1m, null, 0m), weeks[4]);

        Assert.Equal(4, result.Recommendations.Count);
        Assert.Contains("Coach the agents below 0.85 SLA compliance: Alex.", result.Recommendations);
        Assert.Null(result.Comparison);
        Assert.Null(result.KnowledgeBase);
        Assert.Contains(AnalyzeSupportPerformanceHandler.NoKnowledgeBase, result.Notes);
        Assert.Contains("1 tickets have no assigned agent and are not in by_agent.", result.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Comparison_against_the_previous_period(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();

        var result = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "comparison" });

        var comparison = result.Comparison!;
        Assert.Equal(new SupportPeriod(Now.AddDays(-60), Now.AddDays(-30), 30), comparison.PreviousPeriod);
        Assert.Equal(1, comparison.PreviousTickets);
        Assert.Equal(
        [
            new MetricChange("tickets", 5m, 1m, 4m, null),
            new MetricChange("average_first_response_minutes", 32.5m, 100m, -67.5m, "improved"),
            new MetricChange("average_resolution_minutes", 500m, 500m, 0m, "unchanged"),
            new MetricChange("sla_compliance", 0.7143m, 1m, -0.2857m, "worse"),
            new MetricChange("csat_average", 3.67m, 3m, 0.67m, "improved"),
            new MetricChange("csat_response_rate", 1m, 1m, 0m, "unchanged"),
            new MetricChange("escalation_rate", 0.2m, 0m, 0.2m, "worse"),
        ], comparison.Metrics);
        Assert.Equal(5, result.Summary.Tickets);
        Assert.Null(result.Sla);
        Assert.Null(result.Trends);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_analysis_type_returns_its_section(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();

        var sla = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "SLA" });
        var agent = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "agent" });
        var satisfaction = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "satisfaction" });
        var trends = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "trends", PeriodDays = 14 });
        var kb = await Call(new AnalyzeSupportPerformance { ClientId = a, AnalysisType = "knowledge_base" });

        Assert.Equal((new SlaCounts(3, 1, 1, 0, 0.75m), true, true, true), (sla.Sla!.FirstResponse, sla.Satisfaction is null, sla.ByAgent is null, sla.Trends is null));
        Assert.Equal((2, 2, true), (agent.ByTeam!.Count, agent.ByAgent!.Count, agent.Sla is null));
        Assert.Equal((3.67m, true), (satisfaction.Satisfaction!.Average!.Value, satisfaction.ByTeam is null));
        Assert.Equal([0, 4], trends.Trends!.Select(w => w.Tickets));
        Assert.Equal(new KnowledgeBaseSection(null, null, null, AnalyzeSupportPerformanceHandler.NoKnowledgeBase), kb.KnowledgeBase);
        Assert.Equal(5, kb.Summary.Tickets);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Portfolio_groups_agents_case_insensitively_and_filters_narrow_the_tickets(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var portfolio = await Call(new AnalyzeSupportPerformance { AnalysisType = "agent" });
        var bo = await Call(new AnalyzeSupportPerformance { AgentFilter = "BO", AnalysisType = "agent" });
        var tier2 = await Call(new AnalyzeSupportPerformance { TeamFilter = " tier 2 " });
        var p1 = await Call(new AnalyzeSupportPerformance { PriorityFilter = "p1" });
        var starter = await Call(new AnalyzeSupportPerformance { Tiers = ["starter"] });

        Assert.Equal(6, portfolio.Summary.Tickets);
        Assert.Equal(new GroupFigures("Bo", 3, 2, 36.7m, 800m, 1m, 4m, 0m, false), portfolio.ByAgent![0]);
        Assert.Equal(3, bo.Summary.Tickets);
        Assert.Equal(new TicketFilters(null, "BO", null), bo.TicketFilters);
        Assert.Equal((2, "tier 2"), (tier2.Summary.Tickets, tier2.TicketFilters.Team));
        Assert.Equal((2, "P1"), (p1.Summary.Tickets, p1.TicketFilters.Priority));
        Assert.Equal((1, 0, 1), (starter.Summary.Tickets, starter.Sla!.AtRiskOpenTicketsNow, starter.Summary.SlaCompliance!.Value));
        Assert.Null(starter.Summary.CsatAverage);
        Assert.Contains("No ticket of the period is rated: CSAT average and negative share are missing.", starter.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_period_without_tickets_reports_missing_figures(string provider)
    {
        await UseAsync(provider);
        var (_, b) = await Seed();

        var result = await Call(new AnalyzeSupportPerformance { ClientId = b, PeriodDays = 1 });

        Assert.Equal(0, result.Summary.Tickets);
        Assert.Equal(new MinutesFigures(0, null, null, null), result.Summary.FirstResponseMinutes);
        Assert.Equal((null, null, null, null), (result.Summary.SlaCompliance, result.Summary.CsatAverage, result.Summary.CsatResponseRate, result.Summary.EscalationRate));
        Assert.Empty(result.Recommendations);
        Assert.StartsWith("No tickets were created in the period in scope: ", result.Notes[0], StringComparison.Ordinal);
        Assert.Equal([], (await Call(new AnalyzeSupportPerformance { ClientId = b, IncludeRecommendations = false })).Recommendations);
    }
}
