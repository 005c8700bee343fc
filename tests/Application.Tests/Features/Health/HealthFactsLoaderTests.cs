using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Health;

public sealed class HealthFactsLoaderTests : CoreToolTestBase
{
    private static readonly HealthWindow Today = HealthWindow.EndingOn(new DateOnly(2026, 6, 15), 30);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_component_comes_from_the_rows_inside_the_window(string provider)
    {
        await SeedAsync(provider);

        var facts = await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync(HealthDataset.Alpha, Today, default));

        Assert.NotNull(facts);
        Assert.Equal(new UsageFacts(60, 45m, 3.89m, 1, 2), facts.Inputs.Usage);
        Assert.Equal(new EngagementFacts(3, 2, 30), facts.Inputs.Engagement);
        Assert.Equal(new SupportFacts(2, 1), facts.Inputs.Support);
        Assert.Equal(new SatisfactionFacts(2, 0, 1, 4.5m, 2), facts.Inputs.Satisfaction);
        Assert.Equal(new PaymentFacts(PaymentStatus.Late, 16), facts.Inputs.Payment);
        Assert.Equal(30, facts.Inputs.LookbackDays);
        Assert.Equal(new HealthFactsBasis(
            HealthDataset.At(5, 16, 23, 59, 59), HealthDataset.At(6, 15, 23, 59, 59), 30,
            2, "monthly", 30, 1, 2, 2, HealthDataset.At(6, 12), 2, 3, 2, "CNT-1", HealthFactsBasis.StoredPaymentStatus), facts.Basis);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_past_window_sees_the_data_as_it_was_and_payment_from_the_invoices(string provider)
    {
        await SeedAsync(provider);

        var facts = await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync(HealthDataset.Alpha, HealthWindow.EndingOn(new DateOnly(2026, 5, 31), 30), default));

        Assert.NotNull(facts);
        Assert.Equal(new UsageFacts(60, 40m, 3.5m, 2, 2), facts.Inputs.Usage);
        Assert.Equal(new EngagementFacts(11, 2, 30), facts.Inputs.Engagement);
        Assert.Equal(new SupportFacts(2, 1), facts.Inputs.Support);
        Assert.Equal(new SatisfactionFacts(1, 0, 0, null, 0), facts.Inputs.Satisfaction);
        Assert.Equal(new PaymentFacts(PaymentStatus.Late, 31), facts.Inputs.Payment);
        Assert.Equal(HealthFactsBasis.InvoicePaymentStatus, facts.Basis.PaymentSource);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_client_without_records_has_no_usage_satisfaction_or_payment_and_zero_tickets(string provider)
    {
        await SeedAsync(provider);

        var facts = await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync(HealthDataset.Bare, Today, default));

        Assert.NotNull(facts);
        Assert.Equal(new HealthInputs(null, new EngagementFacts(null, 0, 30), new SupportFacts(0, 0), null, null, 30), facts.Inputs);
        Assert.Null(facts.Basis.ContractId);
        Assert.Null(facts.Basis.PaymentSource);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Partial_period_overlap_is_prorated_by_days(string provider)
    {
        await SeedAsync(provider);

        var facts = await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync(HealthDataset.Gamma, Today, default));

        Assert.NotNull(facts);
        Assert.Equal(new UsageFacts(100, 90m, 7m, 3, 3), facts.Inputs.Usage);
        Assert.Equal(29, facts.Basis.UsageDaysCovered);
        Assert.Equal(new EngagementFacts(0, 1, 30), facts.Inputs.Engagement);
        Assert.Equal(new PaymentFacts(PaymentStatus.Current, 200), facts.Inputs.Payment);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_batch_gives_the_same_facts_as_one_client_at_a_time(string provider)
    {
        await SeedAsync(provider);

        var batch = await WithDb(db => Create<HealthFactsLoader>(db).LoadManyAsync(db.Clients, Today, default));

        Assert.Equal([HealthDataset.Alpha, HealthDataset.Bare, HealthDataset.Gamma], batch.Select(f => f.ClientId));
        foreach (var facts in batch)
        {
            var single = await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync(facts.ClientId, Today, default));
            Assert.Equal(single, facts);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_windows_read_together_give_the_facts_of_each_window_read_alone(string provider)
    {
        await SeedAsync(provider);
        var window = HealthWindow.EndingOn(new DateOnly(2026, 6, 30), 30);

        var loaded = await WithDb(db => Create<HealthFactsLoader>(db).LoadWithPreviousAsync(db.Clients, c => new { c.ClientId, c.ContractValue }, window, default));

        Assert.Equal(HealthWindow.EndingOn(new DateOnly(2026, 5, 31), 30), window.Previous);
        Assert.Equal(await WithDb(db => db.Clients.OrderBy(c => c.ClientId).Select(c => new { c.ClientId, c.ContractValue }).ToListAsync()),
            loaded.Select(l => l.Client));
        Assert.Equal(await WithDb(db => Create<HealthFactsLoader>(db).LoadManyAsync(db.Clients, window, default)), loaded.Select(l => l.Current));
        Assert.Equal(await WithDb(db => Create<HealthFactsLoader>(db).LoadManyAsync(db.Clients, window.Previous, default)), loaded.Select(l => l.Previous));
        var alpha = Assert.Single(loaded, l => l.Client.ClientId == HealthDataset.Alpha).Previous;
        Assert.Equal(new UsageFacts(60, 40m, 3.5m, 2, 2), alpha.Inputs.Usage);
        Assert.Equal(new PaymentFacts(PaymentStatus.Late, 31), alpha.Inputs.Payment);
        Assert.Equal(HealthFactsBasis.InvoicePaymentStatus, alpha.Basis.PaymentSource);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_has_no_facts(string provider)
    {
        await SeedAsync(provider);

        Assert.Null(await WithDb(db => Create<HealthFactsLoader>(db).LoadAsync("cs_nobody", Today, default)));
    }

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            return 0;
        });
    }
}
