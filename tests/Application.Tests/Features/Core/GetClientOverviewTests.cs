using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.GetClientOverview;
using CsMcp.Application.Tests.Features.Health;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Core;

public class GetClientOverviewTests : CoreToolTestBase
{
    private Task<ClientOverviewResult> Overview(string clientId) =>
        WithDb(async db => await new GetClientOverviewHandler(db, new PassThroughCache(), Clock).Handle(new GetClientOverview { ClientId = clientId }, default));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_client_reports_what_is_missing_instead_of_inventing_it(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.ContractValue = 50_000m)).ClientId;

        var overview = await Overview(id);

        Assert.Null(overview.Health.Score);
        Assert.Null(overview.Health.RenewalProbability);
        Assert.Equal("No health score has been calculated for this client yet.", overview.Health.Basis);
        Assert.Equal(
        [
            "health_score: not calculated yet.",
            "primary_contact_email: not recorded.",
            "primary_contact_name: not recorded.",
            "csm_assigned: not recorded.",
            "last_engagement_at: no engagement has been recorded.",
            "usage: no usage period is stored.",
        ], overview.DataGaps);
        Assert.Null(overview.Usage);
        Assert.Null(overview.Health.LatestSnapshot);
        Assert.Equal(new SupportView(0, 0, null, 0, 90), overview.Support);
        Assert.Equal(new EngagementView(null, null, null, 0, 90), overview.Engagement);
        Assert.Equal(["no_csm", "no_primary_contact"], overview.AttentionAreas.Select(a => a.Code));
        Assert.Equal(("active", 365, 365), (overview.Contract.ContractStatus, overview.Contract.TermDays, overview.Contract.DaysUntilRenewal));
        Assert.Equal((1, 1), (overview.Activity.TotalEvents, overview.Activity.EventsInWindow));
        Assert.Equal("Client registered", Assert.Single(overview.Activity.RecentEvents).Title);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_and_renewal_attention_are_derived_from_stored_values(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => { b.Start = new DateOnly(2025, 8, 1); b.End = new DateOnly(2026, 8, 1); b.Email = "a@acme.io"; })).ClientId;
        await SetHealth(id, 55);
        Clock.Advance(TimeSpan.FromDays(100));

        var overview = await Overview(id);

        Assert.Equal((55, 0.40m, "high"), (overview.Health.Score, overview.Health.RenewalProbability, overview.Health.RenewalRiskLevel));
        Assert.Equal(("expired", -53), (overview.Contract.ContractStatus, overview.Contract.DaysUntilRenewal));
        Assert.Equal(["renewal_overdue", "low_health", "no_csm", "no_recent_activity"], overview.AttentionAreas.Select(a => a.Code));
        Assert.Equal("The renewal date passed 53 days ago and the account is still active.", overview.AttentionAreas[0].Message);
        Assert.Equal("health_score 55", overview.AttentionAreas[1].Evidence);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stored_usage_tickets_engagement_and_the_latest_snapshot_are_shown(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            db.HealthSnapshots.AddRange(
                new HealthSnapshot { ClientId = HealthDataset.Alpha, ScoringModel = "weighted_composite", CalculatedAt = HealthDataset.At(5, 31, 23, 59, 59), LookbackDays = 30, OverallScore = 70 },
                new HealthSnapshot
                {
                    ClientId = HealthDataset.Alpha, ScoringModel = "weighted_composite", CalculatedAt = HealthDataset.At(6, 14, 23, 59, 59), LookbackDays = 30,
                    OverallScore = 64, PreviousOverallScore = 70, Trend = HealthTrend.Declining, UsageScore = 71.5m,
                });
            return await db.SaveChangesAsync();
        });

        var overview = await Overview(HealthDataset.Alpha);

        Assert.Equal(new UsageView(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), "monthly", 60, 50, 0.8333m, 4.2m), overview.Usage);
        Assert.Equal(new SupportView(3, 2, HealthDataset.At(5, 10), 3, 90), overview.Support);
        Assert.Equal(new EngagementView(HealthDataset.At(6, 12), 3, null, 3, 90), overview.Engagement);
        Assert.Equal(new SnapshotView(HealthDataset.At(6, 14, 23, 59, 59), 30, "weighted_composite", 64, HealthTrend.Declining, -6, 71.5m, null, null, null, null),
            overview.Health.LatestSnapshot);
        Assert.Equal(["renewal_due", "no_csm", "no_primary_contact", "no_recent_activity", "open_urgent_tickets"], overview.AttentionAreas.Select(a => a.Code));
        Assert.Equal("2 urgent (P0/P1) tickets are open.", overview.AttentionAreas[^1].Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_client_names_the_id(string provider)
    {
        await UseAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Overview("cs_1_nobody"));

        Assert.Equal("No client with client_id 'cs_1_nobody' exists. Call list_clients to find existing client ids.", error.Message);
    }

    [Fact]
    public void Validator_applies_the_client_id_rules() =>
        Assert.Equal("'client_id' is too long (101 characters; at most 100).",
            Assert.Single(new GetClientOverviewValidator().Validate(new GetClientOverview { ClientId = new string('a', 101) }).Errors).ErrorMessage);
}
