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

    [Description("1-200 characters, unique across the portfolio.")]
    public string? ClientName { get; init; }

    [Description("1-200 characters.")]
    public string? CompanyName { get; init; }

    [Description("At most 100 characters; \"\" clears.")]
    public string? Industry { get; init; }

    [Description("Service tier.")]
    [OneOf<ClientTier>]
    public string? Tier { get; init; }

    [Description("ARR in USD, 0 to 1e12.")]
    public decimal? ContractValue { get; init; }

    [Description("YYYY-MM-DD, before the end date.")]
    public DateOnly? ContractStartDate { get; init; }

    [Description("YYYY-MM-DD, after the start date; the renewal date follows it.")]
    public DateOnly? ContractEndDate { get; init; }

    [Description("E-mail; \"\" clears.")]
    public string? PrimaryContactEmail { get; init; }

    [Description("At most 200 characters; \"\" clears.")]
    public string? PrimaryContactName { get; init; }

    [Description("The CSM, at most 200 characters; \"\" clears.")]
    public string? CsmAssigned { get; init; }

    [Description("Account status.")]
    [OneOf<AccountStatus>]
    public string? Status { get; init; }

    [Description("Digits, unique across clients; \"\" unlinks.")]
    public string? ZendeskOrganizationId { get; init; }

    [Description("1-100 characters, unique across clients; \"\" unlinks.")]
    public string? IntercomCompanyId { get; init; }

    [Description("Mixpanel group property value, 1-100 characters, unique; \"\" unlinks.")]
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
