using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Support;
using CsMcp.Domain.Usage;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

/// <summary>
/// HealthPortfolioFixture plus, in the 90 days up to 2026-06-15: Bravo's April usage (20 of 100 active, after 70 in March),
/// four engagement events (Alpha login Mon 2026-06-01 09:30 inbound, Alpha e-mail Sat 06-06 14:00 outbound, Charlie meeting
/// Tue 06-02 09:00 outbound, Bravo login Wed 04-01 20:00 inbound) and three tickets (Alpha P1 answered in 2 h rated 5, Alpha P3
/// answered in 1 h rated 3, Bravo P2 unanswered), plus one Delta ticket of January outside the window.
/// </summary>
public sealed class AnalyzeEngagementPatternsTests : HealthToolTestBase
{
    private Task<AnalyzeEngagementPatternsResult> Analyze(AnalyzeEngagementPatterns query) =>
        WithDb(async db => await new AnalyzeEngagementPatternsHandler(db, Clock).Handle(query, default));

    private async Task SeedAsync(string provider)
    {
        await UseFixtureAsync(provider);
        await WithDb(async db =>
        {
            db.UsagePeriods.Add(new UsagePeriod
            {
                ClientId = Bravo, Granularity = UsageGranularity.Monthly, PeriodStart = new(2026, 4, 1), PeriodEnd = new(2026, 4, 30), TotalUsers = 100, ActiveUsers = 20,
            });
            db.EngagementEvents.AddRange(
                Event(Alpha, EngagementType.Login, EngagementDirection.Inbound, new(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc)),
                Event(Alpha, EngagementType.Email, EngagementDirection.Outbound, new(2026, 6, 6, 14, 0, 0, DateTimeKind.Utc)),
                Event(Charlie, EngagementType.Meeting, EngagementDirection.Outbound, new(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc)),
                Event(Bravo, EngagementType.Login, EngagementDirection.Inbound, new(2026, 4, 1, 20, 0, 0, DateTimeKind.Utc)));
            db.SupportTickets.AddRange(
                Ticket("TKT-1", Alpha, TicketPriority.P1, new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc), 2, 5),
                Ticket("TKT-2", Alpha, TicketPriority.P3, new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc), 1, 3),
                Ticket("TKT-3", Bravo, TicketPriority.P2, new(2026, 4, 10, 10, 0, 0, DateTimeKind.Utc), null, null),
                Ticket("TKT-4", Delta, TicketPriority.P2, new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc), 1, 4));
            return await db.SaveChangesAsync();
        });
    }

    private static EngagementEvent Event(string clientId, EngagementType type, EngagementDirection direction, DateTime at) =>
        new() { ClientId = clientId, EventType = type, Direction = direction, OccurredAt = at };

    private static SupportTicket Ticket(string id, string clientId, TicketPriority priority, DateTime created, int? responseHours, int? rating) => new()
    {
        TicketId = id,
        ClientId = clientId,
        Subject = "Subject",
        Description = "Description",
        Priority = priority,
        Category = TicketCategory.TechnicalIssue,
        RequesterEmail = "user@client.test",
        RequesterName = "User",
        CreatedAt = created,
        UpdatedAt = created,
        FirstResponseAt = responseHours is { } h ? created.AddHours(h) : null,
        SatisfactionRating = rating,
        SlaFirstResponseMinutes = 60,
        SlaResolutionMinutes = 480,
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task All_customers_get_every_pattern_from_stored_data(string provider)
    {
        await SeedAsync(provider);

        var result = await Analyze(new AnalyzeEngagementPatterns());

        Assert.Equal(("all_customers", 6, 90), (result.Scope.AnalysisScope, result.Scope.CustomersAnalyzed, result.Scope.LookbackPeriodDays));
        Assert.Equal(["temporal", "feature_usage", "communication", "support"], result.Scope.PatternTypes);
        Assert.Equal(new DateTime(2026, 3, 17, 23, 59, 59, DateTimeKind.Utc), result.Scope.WindowStart);

        var temporal = result.Temporal!;
        Assert.Equal(4, temporal.Events);
        Assert.Equal([1, 1, 1, 0, 0, 1, 0], temporal.ByWeekday.Select(d => d.Count));
        Assert.Equal((2, 1, 1), (temporal.ByHourUtc[9].Count, temporal.ByHourUtc[14].Count, temporal.ByHourUtc[20].Count));
        Assert.Equal(("monday", 9, 0.25m, 0.75m), (temporal.BusiestWeekday, temporal.BusiestHourUtc, temporal.WeekendShare, temporal.BusinessHoursShare));

        var communication = result.Communication!;
        Assert.Equal([("login", 2), ("meeting", 1), ("call", 0), ("email", 1), ("in_app", 0), ("training", 0)], communication.ByType.Select(t => (t.Key, t.Count)));
        Assert.Equal([("inbound", 2, 0.5m), ("outbound", 2, 0.5m)], communication.ByDirection.Select(t => (t.Key, t.Count, t.Share)));
        Assert.Equal((3, 3, 0.22m), (communication.ClientsWithEvents, communication.ClientsWithoutEvents, communication.EventsPerClientPer30Days));

        var usage = result.FeatureUsage!;
        Assert.Equal((4, 2, 0.4296m), (usage.ClientsWithUsage, usage.ClientsWithoutUsage, usage.MedianActiveUserRatio));
        Assert.Equal(
            [new RatioBand(0m, 0.2m, 0), new RatioBand(0.2m, 0.4m, 2), new RatioBand(0.4m, 0.6m, 1), new RatioBand(0.6m, 0.8m, 0), new RatioBand(0.8m, null, 1)],
            usage.ActiveUserRatioDistribution);
        var anomaly = Assert.Single(usage.Anomalies!.Items);
        Assert.Equal(new UsageDropAnomaly(Bravo, "Bravo", Domain.Clients.ClientTier.Enterprise, 0.3591m, 0.7m, -0.487m, 35.91m, 70m), anomaly);
        Assert.Equal(
            [("feat_core_a", 6, 3, 0.5m), ("feat_core_b", 6, 2, 0.3333m), ("feat_adv", 4, 1, 0.25m), ("feat_int", 6, 1, 0.1667m)],
            usage.MostAdoptedFeatures.Items.Select(f => (f.FeatureId, f.AvailableClients, f.ClientsUsing, f.AdoptionRate)));
        Assert.Equal(["feat_int", "feat_adv", "feat_core_b", "feat_core_a"], usage.LeastAdoptedFeatures.Items.Select(f => f.FeatureId));

        var support = result.Support!;
        Assert.Equal((3, 2, 0.17m), (support.Tickets, support.ClientsWithTickets, support.TicketsPerClientPer30Days));
        Assert.Equal((2, 1.5m, 1.5m), (support.Responded, support.MedianFirstResponseHours, support.AverageFirstResponseHours));
        Assert.Equal((2, 4m, 0.5m), (support.Rated, support.AverageSatisfaction, support.SatisfiedShare));
        Assert.Equal([0, 1, 1, 1, 0], support.ByPriority.Select(p => p.Count));
        Assert.Equal([new TicketHeavyClient(Alpha, "Alpha", 2, 0.67m), new TicketHeavyClient(Bravo, "Bravo", 1, 0.33m)], support.MostTickets.Items);
        Assert.Empty(result.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_segment_and_an_individual_narrow_the_scope_and_lists_are_limited_with_totals(string provider)
    {
        await SeedAsync(provider);

        var healthy = await Analyze(new AnalyzeEngagementPatterns
        {
            AnalysisScope = "segment", ScopeFilter = new PatternScopeFilter { HealthScoreMin = 60, Tiers = ["Professional"] }, PatternTypes = ["support", "feature_usage"], Limit = 1,
        });
        var bravo = await Analyze(new AnalyzeEngagementPatterns
        {
            AnalysisScope = "individual", ScopeFilter = new PatternScopeFilter { ClientId = Bravo }, PatternTypes = ["temporal"], LookbackPeriodDays = 7,
        });

        Assert.Equal((2, "professional", 60), (healthy.Scope.CustomersAnalyzed, Assert.Single(healthy.Scope.Filters!.Tiers!), healthy.Scope.Filters.HealthScoreMin));
        Assert.Equal(["feature_usage", "support"], healthy.Scope.PatternTypes);
        Assert.Null(healthy.Temporal);
        Assert.Null(healthy.Communication);
        Assert.Equal((4, 1, "feat_core_a"), (healthy.FeatureUsage!.MostAdoptedFeatures.Total, healthy.FeatureUsage.MostAdoptedFeatures.Returned, healthy.FeatureUsage.MostAdoptedFeatures.Items[0].FeatureId));
        Assert.Equal(0, healthy.Support!.Tickets);
        Assert.Equal(["support: no ticket was created in the window for these clients."], healthy.MissingData);

        Assert.Equal(1, bravo.Scope.CustomersAnalyzed);
        Assert.Equal(0, bravo.Temporal!.Events);
        Assert.Null(bravo.Temporal.BusiestWeekday);
        Assert.Equal(["engagement: no engagement event is stored in the window for these clients."], bravo.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_individual_is_not_found(string provider)
    {
        await SeedAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => Analyze(new AnalyzeEngagementPatterns
        {
            AnalysisScope = "individual", ScopeFilter = new PatternScopeFilter { ClientId = "cs_nobody" },
        }));
    }

    [Fact]
    public void Validator_checks_scope_filter_strictly()
    {
        var validator = new AnalyzeEngagementPatternsValidator();
        Dictionary<string, string[]> Errors(AnalyzeEngagementPatterns query) => ArgumentErrors.From(validator.Validate(query).Errors);

        var bad = Errors(new AnalyzeEngagementPatterns { AnalysisScope = "everyone", PatternTypes = ["temporal", "mood"], LookbackPeriodDays = 6, Limit = 0 });
        var individual = Errors(new AnalyzeEngagementPatterns { AnalysisScope = "individual", ScopeFilter = new PatternScopeFilter { HealthScoreMin = 50 } });
        var segment = Errors(new AnalyzeEngagementPatterns
        {
            AnalysisScope = "segment",
            ScopeFilter = new PatternScopeFilter { ClientId = Alpha, HealthScoreMin = 80, HealthScoreMax = 70, Tiers = ["gold"] },
        });
        var all = Errors(new AnalyzeEngagementPatterns { ScopeFilter = new PatternScopeFilter { Tiers = ["starter"] }, PatternTypes = [] });

        Assert.Equal(["'analysis_scope' must be one of: all_customers, segment, individual (case-insensitive); got 'everyone'."], bad["analysis_scope"]);
        Assert.Equal(["'pattern_types' has 'mood', which is not one of: temporal, feature_usage, communication, support (case-insensitive)."], bad["pattern_types"]);
        Assert.Equal(["'lookback_period_days' must be between 7 and 365; got 6."], bad["lookback_period_days"]);
        Assert.Equal(["'limit' must be between 1 and 1000; got 0."], bad["limit"]);
        Assert.Equal(["'scope_filter.client_id' is required for analysis_scope individual."], individual["scope_filter.client_id"]);
        Assert.Equal(["analysis_scope individual takes only scope_filter.client_id; the portfolio filters apply to segment."], individual["scope_filter"]);
        Assert.Equal(["'scope_filter.client_id' applies only to analysis_scope individual."], segment["scope_filter.client_id"]);
        Assert.Equal(["'health_score_max' (70) must be at least health_score_min (80)."], segment["scope_filter.health_score_max"]);
        Assert.Equal(["'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive)."], segment["scope_filter.tiers"]);
        Assert.Equal(["'scope_filter' applies only to analysis_scope segment or individual; omit it for all_customers."], all["scope_filter"]);
        Assert.Equal(["'pattern_types' must list at least one of: temporal, feature_usage, communication, support; omit it for all four."], all["pattern_types"]);
    }
}
