using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Retention.ScoreRiskFactors;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class ScoreRiskFactorsTests : CoreToolTestBase
{
    private Task<ScoreRiskFactorsResult> Call(string clientId) => WithDb(async db =>
        await Create<ScoreRiskFactorsHandler>(db).Handle(new ScoreRiskFactors { ClientId = clientId }, default));

    private async Task SeedAsync() => await WithDb(async db =>
    {
        await ChurnDataset.SeedAsync(db);
        return 0;
    });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Six_weighted_factors_with_derivations_warnings_and_stored_indicators(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var result = await Call(ChurnDataset.Decliner);

        Assert.Equal(
        [
            new FactorView(RiskFactor.UsageDecline, 100m, 0.25m, 25m, "clamp(2 x 50 % decline in average active users (40 -> 20), 0, 100)"),
            new FactorView(RiskFactor.LowEngagement, 82m, 0.20m, 16.4m, "100 - engagement score 18"),
            new FactorView(RiskFactor.SupportVolume, 44m, 0.15m, 6.6m, "2 x (100 - support score 78); the support score never goes below 50"),
            new FactorView(RiskFactor.PaymentHealth, 100m, 0.15m, 15m, "payment status overdue (current 0, payment_plan 25, late 50, at_risk 75, overdue 100)"),
            new FactorView(RiskFactor.Satisfaction, 100m, 0.15m, 15m, "100 - satisfaction score 0"),
            new FactorView(RiskFactor.ContractHealth, 80m, 0.10m, 8m, "renewal in 20 days -> 80 (passed 100, <= 30 d 80, <= 60 d 60, <= 90 d 40, <= 180 d 20, else 0)"),
        ], result.RiskFactors);
        Assert.Equal((86m, RiskLevel.Critical, 32, 0.95m), (result.OverallRiskScore!.Value, result.RiskLevel!.Value, result.HealthScore!.Value, result.ChurnProbability!.Value));
        Assert.Null(result.RedistributionNote);
        Assert.Equal(["usage_decline", "payment_health", "satisfaction", "low_engagement", "contract_health"],
            result.EarlyWarningIndicators.Where(w => w.Source == "risk_factor").Select(w => w.Indicator));
        Assert.All(result.EarlyWarningIndicators.Where(w => w.Source == "risk_factor"), w => Assert.Equal("critical", w.Severity));
        Assert.Equal(4, result.EarlyWarningIndicators.Count(w => w.Source == "health_alert"));
        Assert.Empty(result.ProtectiveFactors);

        var (assessment, events) = await WithDb(async db => (
            await db.RiskFactorAssessments.Include(x => x.Factors).SingleAsync(),
            await db.ClientEvents.Where(e => e.Category == "risk_factors_scored").ToListAsync()));
        Assert.Equal((result.AssessmentId, 86m, RiskLevel.Critical, 6), (assessment.Id, assessment.OverallRiskScore!.Value, assessment.RiskLevel!.Value, assessment.Factors.Count));
        Assert.Equal(82m, assessment.Factors.Single(f => f.Factor == RiskFactor.LowEngagement).Score);
        var e = Assert.Single(events);
        Assert.Equal(("Risk factors scored: 86 (critical)", TimelineEventType.Health, "100"), (e.Title, e.EventType, e.Metadata["usage_decline"]));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Healthy_clients_show_protective_factors_and_missing_data_is_redistributed(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var steady = await Call(ChurnDataset.Steady);
        var mid = await Call(ChurnDataset.Mid);

        Assert.Equal((1.8m, RiskLevel.Low), (steady.OverallRiskScore!.Value, steady.RiskLevel!.Value));
        Assert.Equal(Enum.GetValues<RiskFactor>(), steady.ProtectiveFactors);
        Assert.Empty(steady.EarlyWarningIndicators);
        Assert.Equal((15.6m, RiskLevel.Low), (mid.OverallRiskScore!.Value, mid.RiskLevel!.Value));
        Assert.Null(mid.RiskFactors.Single(f => f.Factor == RiskFactor.Satisfaction).Score);
        Assert.Equal("satisfaction had no data; the other weights were rescaled to sum to 1.", mid.RedistributionNote);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_client_writes_nothing(string provider)
    {
        await UseAsync(provider);
        await Assert.ThrowsAsync<NotFoundException>(() => Call("cs_nobody"));
        Assert.Equal(0, await WithDb(db => db.RiskFactorAssessments.CountAsync()));
    }

    [Fact]
    public void Validator_names_each_bad_argument() =>
        Assert.Equal(["'client_id' must be a non-empty string.", "'days_lookback' must be between 7 and 180 days; got 200."],
            new ScoreRiskFactorsValidator().Validate(new ScoreRiskFactors { ClientId = "", DaysLookback = 200 }).Errors.Select(e => e.ErrorMessage));
}
