using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Features;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>Rules every generated row keeps, checked over the whole default portfolio.</summary>
public sealed class DemoInvariantTests(DefaultPortfolioFixture fixture) : IClassFixture<DefaultPortfolioFixture>
{
    private static readonly DateTime Cutoff = DefaultPortfolioFixture.Cutoff;
    private static readonly DateOnly LastDay = DefaultPortfolioFixture.AsOf.AddDays(-1);

    private IReadOnlyList<DemoClientData> Clients => fixture.Clients;

    [Fact]
    public void Client_ids_are_valid_and_unique_and_names_are_unique()
    {
        Assert.All(Clients, c => Assert.Null(ClientIdentifier.Validate(c.Client.ClientId)));
        Assert.All(Clients, c => Assert.Matches("^cs_[0-9]+_[a-z0-9_]+$", c.Client.ClientId));
        Assert.Equal(Clients.Count, Clients.Select(c => c.Client.ClientId).Distinct().Count());
        Assert.Equal(Clients.Count, Clients.Select(c => Client.NormalizeName(c.Client.ClientName)).Distinct().Count());
        Assert.All(Clients, c => Assert.Equal(Client.NormalizeName(c.Client.ClientName), c.Client.NormalizedName));
    }

    [Fact]
    public void Ten_thousand_clients_keep_ids_and_names_unique()
    {
        var clients = DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 10_000 }, DefaultPortfolioFixture.AsOf)
            .Clients().Select(c => c.Client).ToList();

        Assert.Equal(10_000, clients.Select(c => c.ClientId).Distinct().Count());
        Assert.Equal(10_000, clients.Select(c => c.NormalizedName).Distinct().Count());
        Assert.All(clients, c => Assert.Null(ClientIdentifier.Validate(c.ClientId)));
    }

    [Fact]
    public void Contact_addresses_are_valid_and_never_deliverable()
    {
        var addresses = Clients.SelectMany(c => new[] { c.Client.PrimaryContactEmail! }
            .Concat(c.SupportTickets.Select(t => t.RequesterEmail))
            .Concat(c.SurveyResponses.Select(r => r.RespondentEmail!))
            .Concat(c.EngagementEvents.Select(e => e.ContactEmail!))).ToList();

        Assert.All(addresses, a => Assert.True(EmailAddress.IsValid(a), a));
        Assert.All(addresses, a => Assert.EndsWith(".test", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_happened_before_the_as_of_day()
    {
        Assert.All(Clients, c =>
        {
            Assert.True(c.Client.CreatedAt <= c.Client.UpdatedAt && c.Client.UpdatedAt < Cutoff);
            Assert.All(c.Events, e => Assert.True(e.OccurredAt < Cutoff, e.Title));
            Assert.All(c.EngagementEvents, e => Assert.True(e.OccurredAt < Cutoff));
            Assert.All(c.UsagePeriods, p => Assert.True(p.PeriodEnd <= LastDay));
            Assert.All(c.Invoices, i => Assert.True(i.IssuedOn <= LastDay && (i.PaidOn is null || i.PaidOn <= LastDay)));
            Assert.All(c.SurveyResponses, r => Assert.True(r.RespondedAt < Cutoff));
            Assert.All(c.LifecycleStageChanges, s => Assert.True(s.ChangedAt < Cutoff));
            Assert.All(c.SupportTickets, t => Assert.True(t.UpdatedAt < Cutoff));
        });
    }

    [Fact]
    public void Every_timestamp_is_utc()
    {
        var stamps = Clients.SelectMany(c => new[] { c.Client.CreatedAt, c.Client.UpdatedAt }
            .Concat(c.Events.Select(e => e.OccurredAt))
            .Concat(c.EngagementEvents.Select(e => e.OccurredAt))
            .Concat(c.SupportTickets.SelectMany(t => new[] { t.CreatedAt, t.FirstResponseAt, t.ResolvedAt, t.ClosedAt }.OfType<DateTime>()))
            .Concat(c.SurveyResponses.Select(r => r.RespondedAt))
            .Concat(c.LifecycleStageChanges.Select(s => s.ChangedAt)));

        Assert.All(stamps, s => Assert.Equal(DateTimeKind.Utc, s.Kind));
    }

    [Fact]
    public void Contracts_follow_each_other_and_the_client_mirrors_the_latest()
    {
        Assert.All(Clients, c =>
        {
            var contracts = c.Contracts;
            Assert.NotEmpty(contracts);
            Assert.All(contracts, k => Assert.True(k.StartDate <= k.EndDate && k.RenewalDate == k.EndDate.AddDays(1)));
            for (var i = 1; i < contracts.Count; i++)
                Assert.Equal(contracts[i - 1].EndDate.AddDays(1), contracts[i].StartDate);
            Assert.All(contracts.SkipLast(1), k => Assert.Equal(ContractStatus.Renewed, k.Status));
            var latest = contracts[^1];
            Assert.Equal(c.Story == DemoStory.Churned ? ContractStatus.Expired : ContractStatus.Active, latest.Status);
            Assert.Equal((latest.ContractValue, latest.StartDate, latest.EndDate, latest.RenewalDate, latest.Tier),
                (c.Client.ContractValue, c.Client.ContractStartDate, c.Client.ContractEndDate, c.Client.RenewalDate, c.Client.Tier));
            Assert.All(contracts, k => Assert.True(k.ContractValue > 0 && k.IncludedUsers > 0));
        });
    }

    [Fact]
    public void Active_contracts_renew_within_about_a_year()
    {
        var renewals = Clients.Where(c => c.Story != DemoStory.Churned).Select(c => c.Contracts[^1].DaysUntilRenewal(DefaultPortfolioFixture.AsOf)).ToList();

        Assert.All(renewals, days => Assert.InRange(days, 0, 731));
        Assert.Contains(renewals, days => days <= 90);
    }

    [Fact]
    public void Invoices_belong_to_the_clients_contracts_and_paid_ones_have_a_payment_day()
    {
        Assert.All(Clients, c => Assert.All(c.Invoices, i =>
        {
            Assert.Contains(c.Contracts, k => k.ContractId == i.ContractId && k.Covers(i.IssuedOn));
            Assert.True(i.DueOn >= i.IssuedOn && i.Amount > 0);
            Assert.Equal(i.Status == InvoiceStatus.Paid, i.PaidOn is not null);
            Assert.True(i.PaidOn is null || i.PaidOn >= i.IssuedOn);
        }));
        var ids = Clients.SelectMany(c => c.Invoices.Select(i => i.InvoiceId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Usage_periods_are_ordered_consistent_and_within_the_clients_life()
    {
        Assert.All(Clients, c =>
        {
            var start = c.Contracts[0].StartDate;
            var end = c.Story == DemoStory.Churned ? c.Contracts[^1].EndDate : LastDay;
            Assert.InRange(c.UsagePeriods.Count, 1, 12);
            for (var i = 1; i < c.UsagePeriods.Count; i++)
                Assert.Equal(c.UsagePeriods[i - 1].PeriodEnd.AddDays(1), c.UsagePeriods[i].PeriodStart);
            Assert.All(c.UsagePeriods, p =>
            {
                Assert.True(p.PeriodStart >= start && p.PeriodEnd <= end && p.PeriodStart <= p.PeriodEnd);
                Assert.True(p.Days <= 30);
                Assert.True(p.DailyActiveUsers <= p.WeeklyActiveUsers && p.WeeklyActiveUsers <= p.MonthlyActiveUsers);
                Assert.True(p.ActiveUsers <= p.MonthlyActiveUsers && p.MonthlyActiveUsers <= p.TotalUsers);
                Assert.True(p.TotalLogins >= 0 && p.TotalSessionMinutes >= 0 && p.TotalActions >= 0);
            });
        });
    }

    [Fact]
    public void Non_churned_clients_have_usage_up_to_yesterday_in_30_day_periods()
    {
        Assert.All(Clients.Where(c => c.Story != DemoStory.Churned), c =>
        {
            Assert.Equal(LastDay, c.UsagePeriods[^1].PeriodEnd);
            Assert.All(c.UsagePeriods.SkipLast(1).Skip(1), p => Assert.Equal(30, p.Days));
        });
    }

    [Fact]
    public void Feature_adoption_uses_catalogue_features_available_to_the_client()
    {
        var catalogue = fixture.Portfolio.Features.ToDictionary(f => f.FeatureId);
        Assert.All(Clients, c =>
        {
            Assert.Equal(c.FeatureAdoptions.Count, c.FeatureAdoptions.Select(a => a.FeatureId).Distinct().Count());
            Assert.All(c.FeatureAdoptions, a =>
            {
                var feature = catalogue[a.FeatureId];
                Assert.True(feature.IsAvailableTo(c.Client.Tier, DateOnly.FromDateTime(a.FirstUsedAt)), $"{a.FeatureId} for {c.Client.Tier}");
                Assert.True(a.FirstUsedAt <= a.LastUsedAt && a.LastUsedAt < Cutoff);
                Assert.True(a.ActiveUsers >= 0 && a.UsageCount >= 1);
            });
        });
        Assert.Contains(Clients, c => c.FeatureAdoptions.Any(a => catalogue[a.FeatureId].Category == FeatureCategory.Integration));
    }

    [Fact]
    public void Tickets_keep_their_times_in_order_and_their_status_consistent()
    {
        var tickets = Clients.SelectMany(c => c.SupportTickets).ToList();
        Assert.NotEmpty(tickets);
        Assert.Equal(tickets.Count, tickets.Select(t => t.TicketId).Distinct().Count());
        Assert.All(tickets, t =>
        {
            Assert.True(t.FirstResponseAt is null || t.FirstResponseAt >= t.CreatedAt);
            Assert.True(t.ResolvedAt is null || (t.ResolvedAt >= t.CreatedAt && t.FirstResponseAt is not null && t.ResolvedAt >= t.FirstResponseAt));
            Assert.True(t.ClosedAt is null || t.ClosedAt >= t.ResolvedAt);
            Assert.True(t.EscalatedAt is null || (t.Escalated && t.EscalatedAt >= t.CreatedAt && (t.ResolvedAt is null || t.EscalatedAt <= t.ResolvedAt)));
            Assert.True(t.SatisfactionRating is null || (t.SatisfactionRating is >= 1 and <= 5 && t.ResolvedAt is not null));
            Assert.Equal(TicketSla.For(t.Priority), new TicketSla(t.SlaFirstResponseMinutes, t.SlaResolutionMinutes));
            switch (t.Status)
            {
                case TicketStatus.Open:
                    Assert.Null(t.FirstResponseAt);
                    break;
                case TicketStatus.Closed:
                    Assert.NotNull(t.ClosedAt);
                    break;
                case TicketStatus.Resolved or TicketStatus.Reopened:
                    Assert.NotNull(t.ResolvedAt);
                    Assert.Null(t.ClosedAt);
                    break;
                default:
                    Assert.Null(t.ResolvedAt);
                    break;
            }
        });
        Assert.All(Enum.GetValues<TicketPriority>(), p => Assert.Contains(tickets, t => t.Priority == p));
    }

    [Fact]
    public void Survey_answers_stay_on_their_scales_and_nps_categories_match_the_scores()
    {
        var responses = Clients.SelectMany(c => c.SurveyResponses).ToList();
        Assert.All(Enum.GetValues<SurveyType>(), type => Assert.Contains(responses, r => r.SurveyType == type));
        Assert.Equal(responses.Count, responses.Select(r => r.ResponseId).Distinct().Count());
        Assert.All(responses, r =>
        {
            Assert.True(SurveyScales.IsValid(r.SurveyType, r.Score), $"{r.SurveyType} {r.Score}");
            Assert.Equal(r.SurveyType == SurveyType.Nps ? SurveyScales.NpsCategoryOf(r.Score) : null, r.NpsCategory);
            Assert.True(r.SentAt is null || r.SentAt <= r.RespondedAt);
        });
        Assert.All(responses.Where(r => r.SurveyType == SurveyType.Csat), r => Assert.InRange(r.Score, 1, 5));
        Assert.All(responses.Where(r => r.SurveyType == SurveyType.Ces), r => Assert.InRange(r.Score, 1, 7));
    }

    [Fact]
    public void Ticket_csat_answers_mirror_the_ticket_rating()
    {
        Assert.All(Clients, c =>
        {
            var tickets = c.SupportTickets.ToDictionary(t => t.TicketId);
            Assert.All(c.SurveyResponses.Where(r => r.SurveyType == SurveyType.Csat), r => Assert.Equal(tickets[r.TicketId!].SatisfactionRating, r.Score));
            Assert.All(c.SurveyResponses.Where(r => r.SurveyType == SurveyType.Ces), r => Assert.True(tickets[r.TicketId!].SatisfactionRating is not null));
        });
    }

    [Fact]
    public void Lifecycle_history_is_a_chain_ending_in_the_clients_stage()
    {
        Assert.All(Clients, c =>
        {
            var changes = c.LifecycleStageChanges;
            Assert.Null(changes[0].FromStage);
            Assert.Equal(LifecycleStage.Onboarding, changes[0].ToStage);
            Assert.Equal(c.Client.CreatedAt, changes[0].ChangedAt);
            for (var i = 1; i < changes.Count; i++)
            {
                Assert.Equal(changes[i - 1].ToStage, changes[i].FromStage);
                Assert.NotEqual(changes[i].FromStage, changes[i].ToStage);
                Assert.True(changes[i].ChangedAt >= changes[i - 1].ChangedAt);
            }

            Assert.Equal(changes[^1].ToStage, c.Client.LifecycleStage);
            Assert.Equal(c.Client.LifecycleStage == LifecycleStage.Churned ? AccountStatus.Churned : AccountStatus.Active, c.Client.Status);
        });
    }

    [Fact]
    public void Timelines_start_with_the_registration_and_say_they_are_demo_data()
    {
        Assert.All(Clients, c =>
        {
            var registration = c.Events[0];
            Assert.Equal(("registration", TimelineEventType.Contract, c.Client.CreatedAt), (registration.Category, registration.EventType, registration.OccurredAt));
            Assert.All(c.Events, e => Assert.Equal(DemoPortfolioGenerator.SourceTag, e.Metadata["source"]));
            Assert.All(c.Events, e => Assert.Equal(c.Client.ClientId, e.ClientId));
            Assert.Equal(c.LifecycleStageChanges.Count, c.Events.Count(e => e.EventType == TimelineEventType.Lifecycle));
        });
        Assert.Contains(Clients, c => c.Events.Any(e => e.Category == "renewal"));
    }

    [Fact]
    public void Last_engagement_is_the_latest_two_way_or_client_initiated_touchpoint()
    {
        Assert.All(Clients.Where(c => c.Client.LastEngagementAt is not null), c =>
            Assert.Contains(c.EngagementEvents, e => e.OccurredAt == c.Client.LastEngagementAt));
        Assert.All(Clients, c => Assert.Null(c.Client.HealthScore));
    }
}
