using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Revenue;
using Mediator;

namespace CsMcp.Application.Features.Core.UpdateClientInfo;

[Tool("update_client_info", Toolsets.Core, Title = "Update client information", Idempotent = true)]
[Description("Changes fields of a client's record. Every field is validated; the previous values are returned and recorded on the timeline. "
    + "Values equal to the stored ones change nothing.")]
public sealed record UpdateClientInfo : ICommand<UpdateClientInfoResult>
{
    [Description("The client's id, e.g. cs_1764201600000_acme_corp.")]
    public required string ClientId { get; init; }

    [Description("The fields to change, at least one; any other key is rejected by name.")]
    public required ClientUpdates Updates { get; init; }
}

public sealed class UpdateClientInfoHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<UpdateClientInfo, UpdateClientInfoResult>
{
    public async ValueTask<UpdateClientInfoResult> Handle(UpdateClientInfo command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var client = await db.GetClientAsync(command.ClientId, cancellationToken);
        var arrBefore = ArrChange.ArrOf(client);
        var updates = command.Updates;
        var changes = new List<FieldChange>();

        if (updates.ClientName is { } name && name.Trim() != client.ClientName)
        {
            await db.EnsureNameIsFreeAsync(name, client.ClientId, cancellationToken);
            changes.Add(Change("client_name", client.ClientName, name.Trim()));
            client.ClientName = name.Trim();
            client.NormalizedName = Client.NormalizeName(name);
        }

        Apply(changes, "company_name", client.CompanyName, updates.CompanyName?.Trim(), v => client.CompanyName = v!, updates.CompanyName is not null);
        Apply(changes, "industry", client.Industry, Clearable(updates.Industry), v => client.Industry = v, updates.Industry is not null);
        Apply(changes, "primary_contact_email", client.PrimaryContactEmail, Clearable(updates.PrimaryContactEmail) is { } email ? EmailAddress.Normalize(email) : null,
            v => client.PrimaryContactEmail = v, updates.PrimaryContactEmail is not null);
        Apply(changes, "primary_contact_name", client.PrimaryContactName, Clearable(updates.PrimaryContactName), v => client.PrimaryContactName = v, updates.PrimaryContactName is not null);
        Apply(changes, "csm_assigned", client.CsmAssigned, Clearable(updates.CsmAssigned), v => client.CsmAssigned = v, updates.CsmAssigned is not null);
        await ApplyExternalIdsAsync(client, updates, changes, cancellationToken);

        if (updates.Tier is not null)
        {
            var tier = EnumCodes<ClientTier>.Parse(updates.Tier);
            Apply(changes, "tier", EnumCodes<ClientTier>.ToCode(client.Tier), EnumCodes<ClientTier>.ToCode(tier), _ => client.Tier = tier, given: true);
        }

        if (updates.Status is not null)
        {
            var status = EnumCodes<AccountStatus>.Parse(updates.Status);
            Apply(changes, "status", EnumCodes<AccountStatus>.ToCode(client.Status), EnumCodes<AccountStatus>.ToCode(status), _ => client.Status = status, given: true);
        }

        if (updates.ContractValue is { } value && value != client.ContractValue)
        {
            changes.Add(Change("contract_value", Money.Plain(client.ContractValue), Money.Plain(value)));
            client.ContractValue = value;
        }

        ApplyDates(client, updates, changes);

        if (changes.Count == 0)
            return new UpdateClientInfoResult(client.ClientId, "No changes: every given value equals the stored value.", [], [], ClientRecord.From(client, today));

        client.UpdatedAt = now;
        db.ClientEvents.Add(ClientTimeline.Updated(client.ClientId, changes.Select(c => new TimelineChange(c.Field, c.PreviousValue, c.NewValue)).ToList(), now));
        if (ArrChange.ForClient(client, arrBefore, today, now) is { } arr)
            db.ArrChanges.Add(arr);
        await db.SaveChangesAsync(cancellationToken);

        var fields = changes.Select(c => c.Field).ToList();
        return new UpdateClientInfoResult(client.ClientId, $"Updated {string.Join(", ", fields)} of {client.ClientId}.", fields, changes, ClientRecord.From(client, today));
    }

    private async Task ApplyExternalIdsAsync(Client client, ClientUpdates updates, List<FieldChange> changes, CancellationToken cancellationToken)
    {
        var zendesk = ExternalIdValue(updates.ZendeskOrganizationId);
        var intercom = ExternalIdValue(updates.IntercomCompanyId);
        var mixpanel = ExternalIdValue(updates.MixpanelGroupKey);
        await db.EnsureExternalIdsAreFreeAsync(zendesk, intercom, mixpanel, client.ClientId, cancellationToken);
        Apply(changes, "zendesk_organization_id", client.ZendeskOrganizationId, zendesk, v => client.ZendeskOrganizationId = v, updates.ZendeskOrganizationId is not null);
        Apply(changes, "intercom_company_id", client.IntercomCompanyId, intercom, v => client.IntercomCompanyId = v, updates.IntercomCompanyId is not null);
        Apply(changes, "mixpanel_group_key", client.MixpanelGroupKey, mixpanel, v => client.MixpanelGroupKey = v, updates.MixpanelGroupKey is not null);
    }

    /// <summary>External ids are kept exactly as given (they are keys in another system); "" unlinks.</summary>
    private static string? ExternalIdValue(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void ApplyDates(Client client, ClientUpdates updates, List<FieldChange> changes)
    {
        var start = updates.ContractStartDate ?? client.ContractStartDate;
        var end = updates.ContractEndDate ?? client.ContractEndDate;
        if (updates.ContractStartDate is null && updates.ContractEndDate is null)
            return;
        if (end <= start)
        {
            var argument = updates.ContractEndDate is not null ? "updates.contract_end_date" : "updates.contract_start_date";
            throw new ValidationException(argument,
                $"the contract end date ({end:yyyy-MM-dd}) must be after the contract start date ({start:yyyy-MM-dd}); the stored values are {client.ContractStartDate:yyyy-MM-dd} to {client.ContractEndDate:yyyy-MM-dd}.");
        }

        if (start != client.ContractStartDate)
        {
            changes.Add(Change("contract_start_date", Iso(client.ContractStartDate), Iso(start)));
            client.ContractStartDate = start;
        }

        if (end != client.ContractEndDate)
        {
            changes.Add(Change("contract_end_date", Iso(client.ContractEndDate), Iso(end)));
            if (client.RenewalDate != end)
                changes.Add(Change("renewal_date", Iso(client.RenewalDate), Iso(end)));
            client.ContractEndDate = end;
            client.RenewalDate = end;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Clearable(string? value) => value is null ? null : value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static void Apply(List<FieldChange> changes, string field, string? previous, string? next, Action<string?> set, bool given)
    {
        if (!given || string.Equals(previous, next, StringComparison.Ordinal))
            return;
        changes.Add(Change(field, previous, next));
        set(next);
    }

    private static FieldChange Change(string field, string? previous, string? next) => new(field, previous, next);
}
