namespace CsMcp.Domain.Clients;

/// <summary>A customer account under success management (the original's <c>customers</c> table).</summary>
public sealed class Client
{
    public const int MaxNameLength = 200;
    public const int MaxIndustryLength = 100;
    public const int MaxEmailLength = 254;
    public const int DefaultContractDays = 365;

    public int Id { get; set; }
    public required string ClientId { get; set; }
    public required string ClientName { get; set; }

    /// <summary>Upper-cased, whitespace-collapsed client name; unique, so the same client cannot be registered twice.</summary>
    public required string NormalizedName { get; set; }

    public required string CompanyName { get; set; }
    public string? Industry { get; set; }
    public ClientTier Tier { get; set; } = ClientTier.Standard;
    public LifecycleStage LifecycleStage { get; set; } = LifecycleStage.Onboarding;
    public AccountStatus Status { get; set; } = AccountStatus.Active;
    public decimal ContractValue { get; set; }
    public DateOnly ContractStartDate { get; set; }
    public DateOnly ContractEndDate { get; set; }
    public DateOnly RenewalDate { get; set; }
    public string? PrimaryContactEmail { get; set; }
    public string? PrimaryContactName { get; set; }
    public string? CsmAssigned { get; set; }

    /// <summary>Null until a health score has been calculated from data; never a made-up default.</summary>
    public int? HealthScore { get; set; }

    public HealthTrend? HealthTrend { get; set; }
    public DateTime? HealthCalculatedAt { get; set; }
    public DateTime? LastEngagementAt { get; set; }

    /// <summary>The client's organization in Zendesk (numeric id as text); null when not linked.</summary>
    public string? ZendeskOrganizationId { get; set; }

    /// <summary>The client's company in Intercom (the company_id we store there); null when not linked.</summary>
    public string? IntercomCompanyId { get; set; }

    /// <summary>The value of the Mixpanel group property on the client's events; null when not linked.</summary>
    public string? MixpanelGroupKey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static string NormalizeName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public int DaysUntilRenewal(DateOnly today) => RenewalDate.DayNumber - today.DayNumber;

    public int ContractTermDays => ContractEndDate.DayNumber - ContractStartDate.DayNumber;
}
