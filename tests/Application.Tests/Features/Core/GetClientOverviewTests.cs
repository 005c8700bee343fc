using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.GetClientOverview;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Core;

public class GetClientOverviewTests : CoreToolTestBase
{
    private Task<ClientOverviewResult> Overview(string clientId) =>
        WithDb(async db => await new GetClientOverviewHandler(db, Clock).Handle(new GetClientOverview { ClientId = clientId }, default));

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
        ], overview.DataGaps);
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
