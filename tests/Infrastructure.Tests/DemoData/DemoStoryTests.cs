using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>Each story is visible in the data the health engine reads.</summary>
public sealed class DemoStoryTests(DefaultPortfolioFixture fixture) : IClassFixture<DefaultPortfolioFixture>
{
    private static readonly DateOnly AsOf = DefaultPortfolioFixture.AsOf;

    [Fact]
    public void Sudden_drop_clients_lose_more_than_half_their_active_users_in_the_last_two_periods()
    {
        Assert.All(fixture.Story(DemoStory.SuddenDrop), c =>
        {
            var periods = c.UsagePeriods;
            var before = periods[^3].MonthlyActiveUsers;
            Assert.True(periods[^2].MonthlyActiveUsers < before * 0.5, $"{periods[^2].MonthlyActiveUsers} vs {before}");
            Assert.True(periods[^1].MonthlyActiveUsers < before * 0.5, $"{periods[^1].MonthlyActiveUsers} vs {before}");
            Assert.Equal(LifecycleStage.AtRisk, c.Client.LifecycleStage);
        });
    }

    [Fact]
    public void Slowly_declining_clients_lose_usage_over_the_year_and_end_at_risk()
    {
        Assert.All(fixture.Story(DemoStory.SlowDecline), c =>
        {
            Assert.True(c.UsagePeriods[^1].MonthlyActiveUsers < c.UsagePeriods[0].MonthlyActiveUsers * 0.7);
            Assert.True(c.UsagePeriods[^1].LoginsPerActiveUserPerWeek < c.UsagePeriods[0].LoginsPerActiveUserPerWeek);
            Assert.Equal(LifecycleStage.AtRisk, c.Client.LifecycleStage);
        });
    }

    [Fact]
    public void Churned_clients_are_churned_everywhere_and_their_data_stops_at_the_churn_date()
    {
        Assert.All(fixture.Story(DemoStory.Churned), c =>
        {
            var churnDate = c.Contracts[^1].EndDate;
            Assert.Equal((AccountStatus.Churned, LifecycleStage.Churned, ContractStatus.Expired), (c.Client.Status, c.Client.LifecycleStage, c.Contracts[^1].Status));
            Assert.InRange(churnDate, AsOf.AddDays(-271), AsOf.AddDays(-61));
            Assert.Equal(churnDate, c.UsagePeriods[^1].PeriodEnd);
            Assert.All(c.EngagementEvents, e => Assert.True(DateOnly.FromDateTime(e.OccurredAt) <= churnDate));
            Assert.Contains(c.Events, e => e.Category == "churn");
            Assert.Equal(LifecycleStage.AtRisk, c.LifecycleStageChanges[^1].FromStage);
        });
    }

    [Fact]
    public void Late_payers_have_an_invoice_more_than_30_days_overdue_and_a_history_of_late_payments()
    {
        Assert.All(fixture.Story(DemoStory.LatePayer), c =>
        {
            Assert.Equal(PaymentStatus.Overdue, c.Contracts[^1].PaymentStatus);
            Assert.Contains(c.Invoices, i => i.DaysPastDue(AsOf) > 30);
            Assert.All(c.Invoices.Where(i => i.PaidOn is not null), i => Assert.True(i.DaysPaidLate >= 20));
            Assert.Contains(c.Events, e => e.Category == "payment_overdue");
        });
    }

    [Fact]
    public void Healthy_stories_pay_on_time()
    {
        Assert.All(fixture.Clients.Where(c => c.Story is DemoStory.Thriving or DemoStory.Expanding or DemoStory.Onboarding), c =>
        {
            Assert.Equal(PaymentStatus.Current, c.Contracts[^1].PaymentStatus);
            Assert.All(c.Invoices, i => Assert.Equal(0, i.DaysPastDue(AsOf)));
        });
    }

    [Fact]
    public void Expanding_clients_grow_seats_and_arr_and_are_in_the_expansion_stage()
    {
        Assert.All(fixture.Story(DemoStory.Expanding), c =>
        {
            var previous = c.Contracts[^2];
            var current = c.Contracts[^1];
            Assert.True(current.ContractValue > previous.ContractValue);
            Assert.True(current.IncludedUsers > previous.IncludedUsers);
            Assert.True(current.Tier >= previous.Tier);
            Assert.Equal(LifecycleStage.Expansion, c.Client.LifecycleStage);
            Assert.Contains(c.Events, e => e.Category == "expansion");
        });
    }

    [Fact]
    public void Support_heavy_clients_file_many_urgent_tickets_and_rate_them_low()
    {
        var heavy = fixture.Story(DemoStory.SupportHeavy).ToList();
        var others = fixture.Clients.Where(c => c.Story is DemoStory.Steady or DemoStory.Thriving).ToList();
        var heavyTickets = heavy.SelectMany(c => c.SupportTickets).ToList();

        Assert.True(heavyTickets.Count / (double)heavy.Count > 3 * others.Sum(c => c.SupportTickets.Count) / (double)others.Count);
        Assert.True(heavyTickets.Count(t => t.IsUrgent) > 0.2 * heavyTickets.Count);
        Assert.True(heavyTickets.Where(t => t.SatisfactionRating is not null).Average(t => t.SatisfactionRating!.Value) < 3);
        Assert.All(heavy, c => Assert.Contains(c.SupportTickets, t => t.CreatedAt >= DefaultPortfolioFixture.Cutoff.AddDays(-30)));
    }

    [Fact]
    public void Thriving_clients_are_mostly_promoters_and_use_most_of_their_licences()
    {
        var thriving = fixture.Story(DemoStory.Thriving).ToList();
        var nps = thriving.SelectMany(c => c.SurveyResponses.Where(r => r.SurveyType == SurveyType.Nps)).ToList();

        Assert.True(nps.Count(r => r.NpsCategory == NpsCategory.Promoter) > 0.7 * nps.Count);
        Assert.All(thriving, c => Assert.True(c.UsagePeriods[^1].ActivationRate >= 0.8m));
        Assert.All(thriving, c => Assert.True(c.Client.LifecycleStage is LifecycleStage.Active or LifecycleStage.Renewal));
    }

    [Fact]
    public void Onboarding_clients_are_new_and_still_onboarding()
    {
        Assert.All(fixture.Story(DemoStory.Onboarding), c =>
        {
            Assert.Equal(LifecycleStage.Onboarding, c.Client.LifecycleStage);
            Assert.InRange(c.Contracts[0].StartDate, AsOf.AddDays(-91), AsOf.AddDays(-21));
            Assert.Single(c.Contracts);
            Assert.True(c.UsagePeriods.Count <= 4);
        });
    }

    [Fact]
    public void Detractors_cluster_in_the_troubled_stories()
    {
        double DetractorShare(IEnumerable<DemoClientData> clients)
        {
            var nps = clients.SelectMany(c => c.SurveyResponses.Where(r => r.SurveyType == SurveyType.Nps)).ToList();
            return nps.Count(r => r.NpsCategory == NpsCategory.Detractor) / (double)nps.Count;
        }

        var troubled = DetractorShare(fixture.Clients.Where(c => c.Story is DemoStory.SlowDecline or DemoStory.SupportHeavy or DemoStory.Churned));
        var healthy = DetractorShare(fixture.Clients.Where(c => c.Story is DemoStory.Thriving or DemoStory.Expanding));

        Assert.True(troubled > 0.3, $"troubled {troubled}");
        Assert.True(healthy < 0.05, $"healthy {healthy}");
    }

    [Fact]
    public void Most_active_clients_have_engagement_and_surveys_in_the_last_30_days()
    {
        var since = DefaultPortfolioFixture.Cutoff.AddDays(-30);
        var live = fixture.Clients.Where(c => c.Story is not DemoStory.Churned).ToList();

        Assert.True(live.Count(c => c.EngagementEvents.Any(e => e.OccurredAt >= since)) > 0.9 * live.Count);
        Assert.True(live.Count(c => c.SurveyResponses.Any(r => r.SurveyType == SurveyType.Nps && r.RespondedAt >= since)) > 0.5 * live.Count);
    }
}
