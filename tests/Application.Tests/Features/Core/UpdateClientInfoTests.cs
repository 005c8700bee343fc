using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.UpdateClientInfo;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Core;

public class UpdateClientInfoTests : CoreToolTestBase
{
    private Task<UpdateClientInfoResult> Update(string clientId, ClientUpdates updates)
    {
        Clock.Advance(TimeSpan.FromHours(1));
        return WithDb(async db => await new UpdateClientInfoHandler(db, Clock).Handle(new UpdateClientInfo { ClientId = clientId, Updates = updates }, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Applies_the_changes_returns_previous_values_and_records_them_on_the_timeline(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.Tier = "standard")).ClientId;

        var result = await Update(id, new ClientUpdates { Tier = "ENTERPRISE", CsmAssigned = "Dana Lee", ContractValue = 90_000m, CompanyName = "Acme Corp Ltd" });

        Assert.Equal(["csm_assigned", "tier", "contract_value"], result.UpdatedFields);
        Assert.Equal(new FieldChange("tier", "standard", "enterprise"), result.Changes.Single(c => c.Field == "tier"));
        Assert.Equal(new FieldChange("csm_assigned", null, "Dana Lee"), result.Changes.Single(c => c.Field == "csm_assigned"));
        Assert.Equal(new FieldChange("contract_value", "0", "90000"), result.Changes.Single(c => c.Field == "contract_value"));
        Assert.Equal($"Updated csm_assigned, tier, contract_value of {id}.", result.Message);

        var (client, events) = await WithDb(async db => (await db.Clients.SingleAsync(), await db.ClientEvents.OrderBy(e => e.Id).ToListAsync()));
        Assert.Equal((ClientTier.Enterprise, "Dana Lee", 90_000m), (client.Tier, client.CsmAssigned, client.ContractValue));
        Assert.Equal(TestClock.Now.UtcDateTime.AddHours(1), client.UpdatedAt);
        var update = events[1];
        Assert.Equal((TimelineEventType.Contract, "contract_update"), (update.EventType, update.Category));
        Assert.Equal("standard", update.Metadata["previous.tier"]);
        Assert.Equal("enterprise", update.Metadata["new.tier"]);
        Assert.Equal(string.Empty, update.Metadata["previous.csm_assigned"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Moving_the_end_date_moves_the_renewal_date(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;

        var result = await Update(id, new ClientUpdates { ContractEndDate = new DateOnly(2027, 12, 31) });

        Assert.Equal(["contract_end_date", "renewal_date"], result.UpdatedFields);
        Assert.Equal(new DateOnly(2027, 12, 31), result.UpdatedRecord.RenewalDate);
        Assert.Equal(564, result.UpdatedRecord.DaysUntilRenewal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_end_date_before_the_stored_start_is_rejected_and_nothing_is_written(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.Start = new DateOnly(2026, 3, 1))).ClientId;

        var error = await Assert.ThrowsAsync<ValidationException>(() => Update(id, new ClientUpdates { ContractEndDate = new DateOnly(2026, 2, 1), CsmAssigned = "Dana" }));

        Assert.Equal("the contract end date (2026-02-01) must be after the contract start date (2026-03-01); the stored values are 2026-03-01 to 2027-03-01.",
            Assert.Single(error.Errors["updates.contract_end_date"]));
        var (client, eventCount) = await WithDb(async db => (await db.Clients.SingleAsync(), await db.ClientEvents.CountAsync()));
        Assert.Equal((new DateOnly(2027, 3, 1), null as string, 1), (client.ContractEndDate, client.CsmAssigned, eventCount));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Equal_values_change_nothing_and_add_no_event(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.Tier = "starter")).ClientId;

        var result = await Update(id, new ClientUpdates { Tier = "Starter", ClientName = "Acme Corp" });

        Assert.Empty(result.UpdatedFields);
        Assert.Equal("No changes: every given value equals the stored value.", result.Message);
        Assert.Equal(1, await WithDb(db => db.ClientEvents.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Empty_string_clears_a_clearable_field(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.Email = "jane@acme.io")).ClientId;

        var result = await Update(id, new ClientUpdates { PrimaryContactEmail = "" });

        Assert.Equal(new FieldChange("primary_contact_email", "jane@acme.io", null), Assert.Single(result.Changes));
        Assert.Null(await WithDb(async db => (await db.Clients.SingleAsync()).PrimaryContactEmail));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Renaming_onto_another_clients_name_is_a_conflict(string provider)
    {
        await UseAsync(provider);
        var acme = (await Register("Acme Corp")).ClientId;
        var globex = (await Register("Globex")).ClientId;

        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Update(globex, new ClientUpdates { ClientName = "ACME corp" }));

        Assert.Contains($"already registered as {acme}", conflict.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_client_is_not_found(string provider)
    {
        await UseAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Update("cs_1_missing", new ClientUpdates { Tier = "starter" }));

        Assert.Equal("No client with client_id 'cs_1_missing' exists. Call list_clients to find existing client ids.", error.Message);
    }

    [Fact]
    public void Validator_rejects_unknown_fields_by_name_and_an_empty_update()
    {
        var validator = new UpdateClientInfoValidator();
        var unknown = new ClientUpdates { UnknownFields = new() { ["health_score"] = JsonSerializer.SerializeToElement(99) } };

        var unknownResult = validator.Validate(new UpdateClientInfo { ClientId = "cs_1_a", Updates = unknown });
        var emptyResult = validator.Validate(new UpdateClientInfo { ClientId = "cs_1_a", Updates = new ClientUpdates() });

        var allowed = "client_name, company_name, industry, tier, contract_value, contract_start_date, contract_end_date, primary_contact_email, primary_contact_name, csm_assigned, status, zendesk_organization_id, intercom_company_id, mixpanel_group_key";
        var unknownError = Assert.Single(unknownResult.Errors);
        Assert.Equal(("updates.health_score", $"'health_score' is not a field of a client that can be updated. Allowed: {allowed}."), (unknownError.PropertyName, unknownError.ErrorMessage));
        var emptyError = Assert.Single(emptyResult.Errors);
        Assert.Equal(("Updates", $"'updates' must contain at least one field. Allowed: {allowed}."), (emptyError.PropertyName, emptyError.ErrorMessage));
    }

    [Fact]
    public void Validator_checks_each_field()
    {
        var result = new UpdateClientInfoValidator().Validate(new UpdateClientInfo
        {
            ClientId = "bad id",
            Updates = new ClientUpdates { Tier = "gold", Status = "asleep", ContractValue = -5, PrimaryContactEmail = "x@y", ClientName = "" },
        });

        Assert.Equal(
        [
            "client_id",
            "updates.tier",
            "updates.status",
            "updates.client_name",
            "updates.contract_value",
            "updates.primary_contact_email",
        ], result.Errors.Select(e => CsMcp.Application.Common.Validation.ArgumentNames.FromMemberPath(e.PropertyName)).ToArray());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Contract_value_and_churn_updates_append_arr_changes(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.ContractValue = 50_000m)).ClientId;

        await Update(id, new ClientUpdates { ContractValue = 65_000m });
        await Update(id, new ClientUpdates { ContractValue = 60_000m, CsmAssigned = "Dana Lee" });
        await Update(id, new ClientUpdates { CsmAssigned = "Sam Ray" });
        await Update(id, new ClientUpdates { Status = "churned" });

        var changes = await WithDb(async db => await db.ArrChanges.OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(
            [(ArrChangeReason.New, 0m, 50_000m), (ArrChangeReason.Expansion, 50_000m, 65_000m), (ArrChangeReason.Contraction, 65_000m, 60_000m), (ArrChangeReason.Churn, 60_000m, 0m)],
            changes.Select(c => (c.Reason, c.ArrBefore, c.ArrAfter)));
    }
}
