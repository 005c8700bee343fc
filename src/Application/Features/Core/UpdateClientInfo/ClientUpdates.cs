using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Clients;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Application.Features.Core.UpdateClientInfo;

[Description("The fields to change; give only those. Text fields marked clearable accept \"\" to remove the stored value.")]
public sealed record ClientUpdates
{
    public static readonly IReadOnlyList<string> AllowedFields =
    [
        "client_name", "company_name", "industry", "tier", "contract_value", "contract_start_date", "contract_end_date",
        "primary_contact_email", "primary_contact_name", "csm_assigned", "status",
        "zendesk_organization_id", "intercom_company_id", "mixpanel_group_key",
    ];

    [Description("New client name, 1-200 characters, unique across the portfolio.")]
    public string? ClientName { get; init; }

    [Description("New company name, 1-200 characters.")]
    public string? CompanyName { get; init; }

    [Description("Industry, at most 100 characters; clearable.")]
    public string? Industry { get; init; }

    [Description("Service tier.")]
    [OneOf<ClientTier>]
    public string? Tier { get; init; }

    [Description("Annual contract value (ARR) in USD, 0 to 1,000,000,000,000.")]
    public decimal? ContractValue { get; init; }

    [Description("YYYY-MM-DD; must stay before the contract end date.")]
    public DateOnly? ContractStartDate { get; init; }

    [Description("YYYY-MM-DD; must stay after the contract start date. The renewal date follows it.")]
    public DateOnly? ContractEndDate { get; init; }

    [Description("Primary contact e-mail; clearable.")]
    public string? PrimaryContactEmail { get; init; }

    [Description("Primary contact name, at most 200 characters; clearable.")]
    public string? PrimaryContactName { get; init; }

    [Description("Customer success manager, at most 200 characters; clearable.")]
    public string? CsmAssigned { get; init; }

    [Description("Account status.")]
    [OneOf<AccountStatus>]
    public string? Status { get; init; }

    [Description("Zendesk organization id (digits), unique across clients; \"\" unlinks.")]
    public string? ZendeskOrganizationId { get; init; }

    [Description("Intercom company_id, 1-100 characters, unique across clients; \"\" unlinks.")]
    public string? IntercomCompanyId { get; init; }

    [Description("Mixpanel group property value, 1-100 characters, unique across clients; \"\" unlinks.")]
    public string? MixpanelGroupKey { get; init; }

    /// <summary>Any key that is not an allowed field; the validator rejects each by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }

    public bool IsEmpty =>
        ClientName is null && CompanyName is null && Industry is null && Tier is null && ContractValue is null
        && ContractStartDate is null && ContractEndDate is null && PrimaryContactEmail is null && PrimaryContactName is null
        && CsmAssigned is null && Status is null
        && ZendeskOrganizationId is null && IntercomCompanyId is null && MixpanelGroupKey is null && (UnknownFields is null || UnknownFields.Count == 0);
}
