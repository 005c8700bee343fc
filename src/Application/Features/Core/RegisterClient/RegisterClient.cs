using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Revenue;
using Mediator;

namespace CsMcp.Application.Features.Core.RegisterClient;

[Tool("register_client", Toolsets.Core, Title = "Register a client")]
[Description("Registers a customer account with its contract and primary contact and starts its timeline. Names are unique: an existing name is "
    + "a conflict naming its client_id. Returns the stored record with the new client_id.")]
public sealed record RegisterClient : ICommand<RegisterClientResult>
{
    [Description("1-200 characters, unique (case and spacing ignored).")]
    public required string ClientName { get; init; }

    [Description("Legal name, 1-200 characters.")]
    public required string CompanyName { get; init; }

    [Description("At most 100 characters. Default Technology.")]
    public string? Industry { get; init; }

    [Description("ARR in USD, 0 to 1e12. Default 0.")]
    public decimal ContractValue { get; init; }

    [Description("YYYY-MM-DD. Default today (UTC).")]
    public DateOnly? ContractStartDate { get; init; }

    [Description("YYYY-MM-DD, after the start; the renewal date. Default start + 365 days.")]
    public DateOnly? ContractEndDate { get; init; }

    [Description("E-mail, stored lower-case.")]
    public string? PrimaryContactEmail { get; init; }

    [Description("At most 200 characters.")]
    public string? PrimaryContactName { get; init; }

    [Description("Service tier. Default standard.")]
    [OneOf<ClientTier>]
    public string? Tier { get; init; }

    [Description("Zendesk organization id (digits) linking tickets for sync_integrations; unique.")]
    public string? ZendeskOrganizationId { get; init; }

    [Description("Intercom company_id (1-100 characters) for sync_integrations; unique.")]
    public string? IntercomCompanyId { get; init; }

    [Description("Mixpanel group property value (1-100 characters) for sync_integrations; unique.")]
    public string? MixpanelGroupKey { get; init; }
}

public sealed class RegisterClientHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<RegisterClient, RegisterClientResult>
{
    public const string DefaultIndustry = "Technology";

    public async ValueTask<RegisterClientResult> Handle(RegisterClient command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var name = command.ClientName.Trim();
        await db.EnsureNameIsFreeAsync(name, exceptClientId: null, cancellationToken);
        await db.EnsureExternalIdsAreFreeAsync(command.ZendeskOrganizationId, command.IntercomCompanyId, command.MixpanelGroupKey, exceptClientId: null, cancellationToken);

        var start = command.ContractStartDate ?? today;
        var end = command.ContractEndDate ?? start.AddDays(Client.DefaultContractDays);
        var tier = command.Tier is null ? ClientTier.Standard : EnumCodes<ClientTier>.Parse(command.Tier);

        var client = new Client
        {
            ClientId = await NewClientIdAsync(name, now, cancellationToken),
            ClientName = name,
            NormalizedName = Client.NormalizeName(name),
            CompanyName = command.CompanyName.Trim(),
            Industry = command.Industry?.Trim() ?? DefaultIndustry,
            Tier = tier,
            LifecycleStage = LifecycleStage.Onboarding,
            Status = AccountStatus.Active,
            ContractValue = command.ContractValue,
            ContractStartDate = start,
            ContractEndDate = end,
            RenewalDate = end,
            PrimaryContactEmail = command.PrimaryContactEmail is null ? null : EmailAddress.Normalize(command.PrimaryContactEmail),
            PrimaryContactName = command.PrimaryContactName?.Trim(),
            ZendeskOrganizationId = command.ZendeskOrganizationId,
            IntercomCompanyId = command.IntercomCompanyId,
            MixpanelGroupKey = command.MixpanelGroupKey,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        db.Clients.Add(client);
        db.ClientEvents.Add(ClientTimeline.Registered(client));
        if (ArrChange.ForClient(client, 0m, start, now.UtcDateTime) is { } arr)
            db.ArrChanges.Add(arr);
        await db.SaveChangesAsync(cancellationToken);

        var record = ClientRecord.From(client, today);
        return new RegisterClientResult(
            client.ClientId,
            $"Registered {client.ClientName} as {client.ClientId}.",
            record,
            new RegistrationSummary(EnumCodes<ClientTier>.ToCode(tier), Money.Usd(client.ContractValue),
                client.ContractTermDays, record.DaysUntilRenewal, EnumCodes<LifecycleStage>.ToCode(client.LifecycleStage)),
            new[]
            {
                $"get_client_overview with client_id {client.ClientId} to review the account.",
                client.CsmAssigned is null ? "update_client_info with updates.csm_assigned to assign a customer success manager." : null,
                client.PrimaryContactEmail is null ? "update_client_info with updates.primary_contact_email to record the primary contact." : null,
                $"get_client_timeline with client_id {client.ClientId} to follow the account's history.",
            }.OfType<string>().ToList());
    }

    private async Task<string> NewClientIdAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var candidate = ClientIdentifier.Create(name, now, attempt);
            if (!await db.ClientExistsAsync(candidate, cancellationToken))
                return candidate;
        }
    }
}
