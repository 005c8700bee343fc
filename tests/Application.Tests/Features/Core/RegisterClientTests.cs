using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Core;

public class RegisterClientTests : CoreToolTestBase
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_the_client_with_documented_defaults_and_starts_its_timeline(string provider)
    {
        await UseAsync(provider);

        var result = await Register("Acme Corp", b => { b.ContractValue = 120_000m; b.Email = "Jane@Acme.IO"; b.Tier = "Enterprise"; });

        Assert.Equal("cs_1781524800000_acme_corp", result.ClientId);
        var record = result.ClientRecord;
        Assert.Equal((ClientTier.Enterprise, LifecycleStage.Onboarding, AccountStatus.Active, "Technology"), (record.Tier, record.LifecycleStage, record.Status, record.Industry));
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2027, 6, 15), new DateOnly(2027, 6, 15)), (record.ContractStartDate, record.ContractEndDate, record.RenewalDate));
        Assert.Equal((365, 365), (record.ContractTermDays, record.DaysUntilRenewal));
        Assert.Equal("jane@acme.io", record.PrimaryContactEmail);
        Assert.Null(record.HealthScore);
        Assert.Equal("$120,000.00", result.Summary.ContractValue);

        var (stored, events) = await WithDb(async db => (await db.Clients.SingleAsync(), await db.ClientEvents.ToListAsync()));
        Assert.Equal(("Acme Corp", "ACME CORP", 120_000m), (stored.ClientName, stored.NormalizedName, stored.ContractValue));
        Assert.Equal(TestClock.Now.UtcDateTime, stored.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        var registered = Assert.Single(events);
        Assert.Equal((TimelineEventType.Contract, "registration", EventImpact.Positive), (registered.EventType, registered.Category, registered.Impact));
        Assert.Equal("120000", registered.Metadata["contract_value"]);
        Assert.Equal("2027-06-15", registered.Metadata["contract_end_date"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Same_name_with_other_case_and_spacing_is_a_conflict_and_writes_nothing(string provider)
    {
        await UseAsync(provider);
        var first = await Register("Acme Corp");

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Register("  acme   CORP "));

        Assert.Equal($"A client named 'acme   CORP' is already registered as {first.ClientId}. Use update_client_info on {first.ClientId} to change it, or choose a different client_name.", conflict.Message);
        Assert.Equal((1, 1), await WithDb(async db => (await db.Clients.CountAsync(), await db.ClientEvents.CountAsync())));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Names_sharing_a_slug_in_the_same_millisecond_get_distinct_valid_ids(string provider)
    {
        await UseAsync(provider);

        var first = await Register("Acme Corp");
        var second = await Register("Acme Corp.");

        Assert.Equal("cs_1781524800000_acme_corp", first.ClientId);
        Assert.Equal("cs_1781524800000_acme_corp_2", second.ClientId);
        Assert.Null(ClientIdentifier.Validate(second.ClientId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Default_end_date_is_a_year_after_the_given_start(string provider)
    {
        await UseAsync(provider);

        var result = await Register("Globex", b => b.Start = new DateOnly(2026, 1, 1));

        Assert.Equal(new DateOnly(2027, 1, 1), result.ClientRecord.ContractEndDate);
        Assert.Equal(200, result.ClientRecord.DaysUntilRenewal);
    }

    [Fact]
    public void Validator_reports_every_broken_argument_with_its_rule()
    {
        var validator = new RegisterClientValidator(TestClock.Create());

        var result = validator.Validate(new RegisterClient
        {
            ClientName = " ",
            CompanyName = new string('x', 201),
            ContractValue = -1,
            ContractStartDate = new DateOnly(2026, 5, 1),
            ContractEndDate = new DateOnly(2026, 5, 1),
            PrimaryContactEmail = "not-an-email",
            Tier = "gold",
        });

        var messages = result.Errors.Select(e => e.ErrorMessage).ToList();
        Assert.Equal(
        [
            "'tier' must be one of: starter, standard, professional, enterprise (case-insensitive); got 'gold'.",
            "'client_name' is required and must not be blank.",
            "'company_name' must be at most 200 characters.",
            "'contract_value' must be between 0 and 1000000000000 (USD per year); got -1.",
            "'contract_end_date' must be after contract_start_date (2026-05-01); got 2026-05-01.",
            "'primary_contact_email' must be a valid e-mail address like name@company.com (at most 254 characters); got 'not-an-email'.",
        ], messages);
    }

    [Fact]
    public void Validator_checks_an_end_date_without_start_against_today()
    {
        var validator = new RegisterClientValidator(TestClock.Create());

        var result = validator.Validate(new RegisterClient { ClientName = "A", CompanyName = "A", ContractEndDate = new DateOnly(2026, 6, 1) });

        Assert.Equal("'contract_end_date' must be after contract_start_date (2026-06-15); got 2026-06-01.", Assert.Single(result.Errors).ErrorMessage);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registering_with_a_contract_value_starts_the_arr_history_and_without_one_adds_none(string provider)
    {
        await UseAsync(provider);

        var paying = await Register("Acme Corp", b => b.ContractValue = 120_000m);
        await Register("Zero Ltd", b => b.ContractValue = 0m);

        var change = Assert.Single(await WithDb(async db => await db.ArrChanges.ToListAsync()));
        Assert.Equal((paying.ClientId, (string?)null, ArrChangeReason.New, 0m, 120_000m, 120_000m, new DateOnly(2026, 6, 15), TestClock.Now.UtcDateTime),
            (change.ClientId, change.ContractId, change.Reason, change.ArrBefore, change.ArrAfter, change.Delta, change.EffectiveOn, change.RecordedAt));
    }
}
