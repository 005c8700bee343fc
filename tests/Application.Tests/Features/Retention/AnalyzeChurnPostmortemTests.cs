using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.AnalyzeChurnPostmortem;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class AnalyzeChurnPostmortemTests : CoreToolTestBase
{
    private Task<AnalyzeChurnPostmortemResult> Call(AnalyzeChurnPostmortem command) => WithDb(async db =>
        await Create<AnalyzeChurnPostmortemHandler>(db).Handle(command, default));

    /// <summary>The churn dataset with Decliner churned today (2026-06-15) and Gone churned on 2026-03-02.</summary>
    private async Task SeedAsync() => await WithDb(async db =>
    {
        await ChurnDataset.SeedAsync(db);
        var decliner = await db.Clients.SingleAsync(c => c.ClientId == ChurnDataset.Decliner);
        decliner.Status = AccountStatus.Churned;
        decliner.LifecycleStage = LifecycleStage.Churned;
        db.LifecycleStageChanges.AddRange(
            new LifecycleStageChange { ClientId = ChurnDataset.Decliner, FromStage = LifecycleStage.Active, ToStage = LifecycleStage.Churned, ChangedAt = ChurnDataset.At(6, 15, 9) },
            new LifecycleStageChange { ClientId = ChurnDataset.Gone, FromStage = LifecycleStage.Active, ToStage = LifecycleStage.Churned, ChangedAt = ChurnDataset.At(3, 2) });
        return await db.SaveChangesAsync();
    });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_churned_client_gets_its_warning_signs_lead_times_value_and_ranked_factors(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var result = await Call(new AnalyzeChurnPostmortem { ClientId = ChurnDataset.Decliner, ChurnReason = "Support_Quality", ChurnDetails = "Outages in May" });

        var p = Assert.IsType<ClientPostmortem>(result.Client);
        Assert.Equal((new DateOnly(2026, 6, 15), "lifecycle_change", 100_000m, new DateOnly(2025, 7, 5), 11, 91_666.67m),
            (p.ChurnDate, p.ChurnDateSource, p.LostArr, p.CustomerSince, p.TenureMonths, p.LifetimeValue));
        // Before any usage, health is engagement (never: 18), support (no tickets: 100) and payment (100) alone: 59.
        Assert.Equal([(180, (int?)59), (150, 59), (120, 59), (90, 59), (60, 68), (30, 60), (0, 32)],
            p.HealthTrajectory.Select(t => (t.DaysBeforeChurn, t.Overall)));
        Assert.Equal(
        [
            new WarningSign("engagement_gap", new DateOnly(2026, 5, 16), 30, "45 days since the last engagement", "75 days since the last engagement"),
            new WarningSign("health_below_60", new DateOnly(2026, 6, 15), 0, "health 32", "health 32"),
            new WarningSign("nps_negative", new DateOnly(2026, 6, 15), 0, "NPS -100", "NPS -100"),
            new WarningSign("payment_problem", new DateOnly(2026, 6, 15), 0, "payment status overdue", "payment status overdue"),
            new WarningSign("support_strain", new DateOnly(2026, 6, 15), 0, "support score 78 (4 tickets, 1 P0/P1)", "support score 78 (4 tickets, 1 P0/P1)"),
            new WarningSign("usage_decline", new DateOnly(2026, 6, 15), 0, "average active users 20, 50 % below 40", "average active users 20, 50 % below 40"),
        ], p.WarningSigns);
        Assert.Equal([("support_quality", (decimal?)null), ("usage", 24.15m), ("engagement", 20.5m), ("satisfaction", 15m), ("payment", 5m), ("support", 3.3m)],
            p.ContributingFactors.Select(f => (f.Factor, f.PointsLost)));
        Assert.Equal("Decliner churned on 2026-06-15 after 11 months, losing $100,000.00 ARR (lifetime value $91,666.67); the earliest sign, engagement_gap, was visible 30 days before it.", result.Message);
        Assert.True(p.ChurnReasonRecorded);

        var (record, events) = await WithDb(async db => (await db.ChurnRecords.SingleAsync(), await db.ClientEvents.Where(e => e.Category == "churn_reason").ToListAsync()));
        Assert.Equal((ChurnReason.SupportQuality, "Outages in May", new DateOnly(2026, 6, 15), 100_000m), (record.Reason, record.Details, record.ChurnedOn, record.LostArr));
        Assert.Equal("Churned on 2026-06-15: support_quality (Outages in May).", Assert.Single(events).Description);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_portfolio_view_totals_lost_arr_by_reason(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();
        await Call(new AnalyzeChurnPostmortem { ClientId = ChurnDataset.Decliner, ChurnReason = "cost" });

        var result = await Call(new AnalyzeChurnPostmortem { PeriodStart = new DateOnly(2026, 1, 1) });
        var narrow = await Call(new AnalyzeChurnPostmortem { PeriodStart = new DateOnly(2026, 6, 1), PeriodEnd = new DateOnly(2026, 6, 30) });

        var portfolio = Assert.IsType<PortfolioChurn>(result.Portfolio);
        Assert.Equal((2, 110_000m), (portfolio.ChurnedClients, portfolio.LostArr));
        Assert.Equal([new ReasonTotal("cost", 1, 100_000m, 90.9m), new ReasonTotal("unrecorded", 1, 10_000m, 9.1m)], portfolio.ByReason);
        Assert.Equal([ChurnDataset.Decliner, ChurnDataset.Gone], portfolio.Clients.Select(c => c.ClientId));
        Assert.Equal("2 client(s) churned from 2026-01-01 to 2026-06-15, losing $110,000.00 ARR; the largest reason by lost ARR is cost.", result.Message);
        Assert.Equal(1, narrow.Portfolio!.ChurnedClients);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_live_client_is_refused_and_nothing_is_written(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var error = await Assert.ThrowsAsync<ConflictException>(() => Call(new AnalyzeChurnPostmortem { ClientId = ChurnDataset.Steady, ChurnReason = "cost" }));

        Assert.Equal("Steady (cs_steady) has not churned (status active, stage active). Set its status to churned with update_client_info first, "
            + "or use identify_churn_risk for a live client.", error.Message);
        Assert.Equal(0, await WithDb(db => db.ChurnRecords.CountAsync()));
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var errors = ArgumentErrors.From(new AnalyzeChurnPostmortemValidator().Validate(new AnalyzeChurnPostmortem
        {
            ChurnReason = "price", ChurnDate = new DateOnly(2026, 1, 1), PeriodStart = new DateOnly(2026, 5, 1), PeriodEnd = new DateOnly(2026, 4, 1),
        }).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["churn_reason"] =
            [
                "'churn_reason' must be one of: cost, feature_gaps, support_quality, competitor, low_adoption, champion_left, business_closure, acquisition, other (case-insensitive); got 'price'.",
                "'churn_reason' needs client_id: a reason is recorded for one client.",
            ],
            ["churn_date"] = ["'churn_date' needs client_id: it is the churn date of one client."],
            ["period_end"] = ["'period_end' (2026-04-01) must not be before period_start (2026-05-01)."],
        }, errors);
    }
}
