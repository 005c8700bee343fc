using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.IdentifyChurnRisk;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class IdentifyChurnRiskTests : CoreToolTestBase
{
    private Task<IdentifyChurnRiskResult> Call(IdentifyChurnRisk command) => WithDb(async db =>
        await Create<IdentifyChurnRiskHandler>(db).Handle(command, default));

    private async Task SeedAsync() => await WithDb(async db =>
    {
        await ChurnDataset.SeedAsync(db);
        return 0;
    });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Ranks_the_portfolio_with_signals_evidence_and_a_summary_over_every_match(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var result = await Call(new IdentifyChurnRisk());

        Assert.Equal([(ChurnDataset.Decliner, 0.95m, RiskLevel.Critical), (ChurnDataset.Mid, 0.32m, RiskLevel.Medium)],
            result.AtRiskCustomers.Select(c => (c.ClientId, c.ChurnProbability, c.RiskLevel)));
        var decliner = result.AtRiskCustomers[0];
        Assert.Equal((32, (int?)60, 0.68m, 95_000m, new DateOnly(2026, 7, 5), (DateOnly?)new DateOnly(2026, 7, 5), 20),
            (decliner.HealthScore, decliner.PreviousHealthScore, decliner.BaseProbability, decliner.Prediction!.ExpectedArrLoss, decliner.RenewalDate, decliner.Prediction.PredictedChurnDate, decliner.DaysUntilRenewal));
        Assert.Equal(
        [
            new RiskFactorEvidence("usage_decline", "churn_signal", "high", 0.15m, "average active users fell 50 % (40 -> 20) against the previous window"),
            new RiskFactorEvidence("engagement_gap", "churn_signal", "high", 0.10m, "last engagement 75 days ago (over 60)"),
            new RiskFactorEvidence("ticket_spike", "churn_signal", "high", 0.05m, "4 tickets (1 P0/P1) against 1 in the previous window"),
            new RiskFactorEvidence("nps_drop", "churn_signal", "high", 0.05m, "NPS fell 200 points (100 -> -100)"),
            new RiskFactorEvidence("payment_problem", "churn_signal", "high", 0.10m, "payment status overdue"),
            new RiskFactorEvidence("renewal_proximity", "churn_signal", "high", 0.10m, "renewal in 20 days with health 32 (below 70)"),
            new RiskFactorEvidence("health_decline", "churn_signal", "medium", 0.05m, "health fell 28 points (60 -> 32) against the previous window"),
            new RiskFactorEvidence("low_engagement", "health_indicator", "high", 0m, "Engagement 18 is below 70."),
            new RiskFactorEvidence("low_usage", "health_indicator", "high", 0m, "Usage 31 is below 75."),
            new RiskFactorEvidence("support_issues", "health_indicator", "medium", 0m, "Support 78 is below 80."),
            new RiskFactorEvidence("declining_health", "health_indicator", "high", 0m, "Health fell 28 points since the previous score (60 -> 32)."),
        ], decliner.RiskFactors);
        Assert.Equal("base 0.68 from health 32 + 0.15 usage_decline + 0.1 engagement_gap + 0.05 ticket_spike + 0.05 nps_drop + 0.1 payment_problem "
            + "+ 0.1 renewal_proximity + 0.05 health_decline = 0.95 (clamped to 0.05-0.95)", decliner.ProbabilityBasis);
        Assert.Equal(9, decliner.RecommendedInterventions.Count);
        Assert.Equal("Open an escalation so an owner is accountable (manage_escalations action create).", decliner.RecommendedInterventions[^1]);

        var mid = result.AtRiskCustomers[1];
        Assert.Equal((73, 0.27m, 16_000m, (DateOnly?)null), (mid.HealthScore, mid.BaseProbability, mid.Prediction!.ExpectedArrLoss, mid.Prediction.PredictedChurnDate));
        Assert.Equal(["payment_problem", "low_usage"], mid.RiskFactors.Select(f => f.Factor));

        var s = result.Summary;
        Assert.Equal((3, 0, 2, 66.7m, 150_000m, 111_000m), (s.TotalAnalyzed, s.WithoutHealthData, s.AtRiskCount, s.AtRiskPercentage, s.TotalArrAtRisk, s.ExpectedArrLoss));
        Assert.Equal(new Dictionary<string, int> { ["low"] = 0, ["medium"] = 1, ["high"] = 0, ["critical"] = 1 }, s.ByRiskLevel);
        Assert.Equal(new Dictionary<string, int> { ["starter"] = 0, ["standard"] = 1, ["professional"] = 1, ["enterprise"] = 0 }, s.ByTier);
        Assert.Equal(2, s.SignalCounts["payment_problem"]);
        Assert.Equal(new AnalysisWindow(ChurnDataset.At(5, 16, 23).AddSeconds(3599), ChurnDataset.At(6, 15, 23).AddSeconds(3599),
            ChurnDataset.At(4, 16, 23).AddSeconds(3599), ChurnDataset.At(5, 16, 23).AddSeconds(3599), 30), result.AnalysisWindow);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_the_listed_predictions_with_inputs_and_writes_the_timeline_when_the_level_changes(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var first = await Call(new IdentifyChurnRisk());
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Call(new IdentifyChurnRisk());
        var dryRun = await Call(new IdentifyChurnRisk { PersistPredictions = false });

        Assert.Equal((2, 2, 0), (first.PredictionsStored, second.PredictionsStored, dryRun.PredictionsStored));
        var (predictions, events) = await WithDb(async db => (
            await db.ChurnPredictions.OrderBy(p => p.Id).ToListAsync(),
            await db.ClientEvents.Where(e => e.Category == "churn_risk").OrderBy(e => e.Id).ToListAsync()));
        Assert.Equal(4, predictions.Count);
        var p = predictions[0];
        Assert.Equal((ChurnDataset.Decliner, 0.95m, 0.68m, 32, 95_000m, "signals-v1"), (p.ClientId, p.Probability, p.BaseProbability, p.HealthScore!.Value, p.ArrAtRisk, p.ModelVersion));
        Assert.Equal(["usage_decline", "engagement_gap", "ticket_spike", "nps_drop", "payment_problem", "renewal_proximity", "health_decline"], p.Signals);
        Assert.Equal(("20", "40", "60", "overdue", "1"), (p.Inputs["average_active_users"], p.Inputs["previous_average_active_users"], p.Inputs["previous_health_score"], p.Inputs["payment_status"], p.Inputs["previous_support_tickets"]));
        Assert.Equal(2, events.Count);
        Assert.Equal(("Churn risk critical", "First churn prediction: probability 0.95 (critical), signals usage_decline, engagement_gap, ticket_spike, nps_drop, payment_problem, renewal_proximity, health_decline."),
            (events[0].Title, events[0].Description));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_narrow_the_portfolio_and_the_summary(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var enterprise = await Call(new IdentifyChurnRisk { Tiers = ["Enterprise"], ChurnProbabilityThreshold = 0.2m, PersistPredictions = false });
        var bigAccounts = await Call(new IdentifyChurnRisk { ArrMin = 75_000m, PersistPredictions = false });
        var renewingSoon = await Call(new IdentifyChurnRisk { RenewalWithinDays = 60, PersistPredictions = false });
        var unhealthy = await Call(new IdentifyChurnRisk { HealthScoreThreshold = 50, PersistPredictions = false });
        var paged = await Call(new IdentifyChurnRisk { Limit = 1, Offset = 1, PersistPredictions = false });

        Assert.Equal([(ChurnDataset.Steady, 0.21m)], enterprise.AtRiskCustomers.Select(c => (c.ClientId, c.ChurnProbability)));
        Assert.Equal((2, 1), (bigAccounts.Summary.TotalAnalyzed, bigAccounts.Summary.AtRiskCount));
        Assert.Equal([ChurnDataset.Decliner], renewingSoon.AtRiskCustomers.Select(c => c.ClientId));
        Assert.Equal([ChurnDataset.Decliner], unhealthy.AtRiskCustomers.Select(c => c.ClientId));
        Assert.Equal((ChurnDataset.Mid, false, 2), (Assert.Single(paged.AtRiskCustomers).ClientId, paged.Pagination.HasMore, paged.Pagination.TotalCount));
        Assert.Equal(0, await WithDb(db => db.ChurnPredictions.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Include_predictions_false_omits_each_clients_prediction_and_keeps_the_ranking(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var with = await Call(new IdentifyChurnRisk { PersistPredictions = false });
        var without = await Call(new IdentifyChurnRisk { IncludePredictions = false, PersistPredictions = false });

        Assert.All(with.AtRiskCustomers, c => Assert.NotNull(c.Prediction));
        Assert.All(without.AtRiskCustomers, c => Assert.Null(c.Prediction));
        Assert.Equal(with.AtRiskCustomers.Select(c => (c.ClientId, c.ChurnProbability)), without.AtRiskCustomers.Select(c => (c.ClientId, c.ChurnProbability)));
        Assert.Equal(with.Summary.ExpectedArrLoss, without.Summary.ExpectedArrLoss);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await UseAsync(provider);
        var error = await Assert.ThrowsAsync<NotFoundException>(() => Call(new IdentifyChurnRisk { ClientId = "cs_nobody" }));
        Assert.Equal("No client with client_id 'cs_nobody' exists. Call list_clients to find existing client ids.", error.Message);
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var errors = ArgumentErrors.From(new IdentifyChurnRiskValidator().Validate(new IdentifyChurnRisk
        {
            Tiers = ["gold"], LifecycleStages = ["churned"], ArrMin = -1, RenewalWithinDays = 0, ChurnProbabilityThreshold = 1.5m,
            HealthScoreThreshold = 101, DaysLookback = 3, Limit = 500, Offset = -2,
        }).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["tiers"] = ["'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive)."],
            ["lifecycle_stages"] = ["'lifecycle_stages' cannot include churned: churned clients have no churn risk. Use analyze_churn_postmortem for them."],
            ["arr_min"] = ["'arr_min' must be between 0 and 1000000000000 (USD per year); got -1."],
            ["renewal_within_days"] = ["'renewal_within_days' must be between 1 and 730 days; got 0."],
            ["churn_probability_threshold"] = ["'churn_probability_threshold' must be between 0 and 1; got 1.5."],
            ["health_score_threshold"] = ["'health_score_threshold' must be between 0 and 100; got 101."],
            ["days_lookback"] = ["'days_lookback' must be between 7 and 180 days; got 3."],
            ["limit"] = ["'limit' must be between 1 and 200; got 500."],
            ["offset"] = ["'offset' must be 0 or more; got -2."],
        }, errors);
    }
}
