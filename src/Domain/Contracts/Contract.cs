using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Contracts;

/// <summary>
/// One signed contract term of a client (the original's <c>contracts</c> table). A renewal is a new row that follows
/// the previous term; the superseded row becomes <see cref="ContractStatus.Renewed"/>.
/// </summary>
public sealed class Contract
{
    public const int MaxContractIdLength = 50;
    public const int DefaultNoticePeriodDays = 30;
    public const string DefaultCurrency = "USD";

    public long Id { get; set; }

    /// <summary>Business key, <c>CNT-&lt;digits&gt;</c>.</summary>
    public required string ContractId { get; set; }

    public required string ClientId { get; set; }
    public ContractType ContractType { get; set; } = ContractType.Annual;
    public ContractStatus Status { get; set; } = ContractStatus.Active;

    /// <summary>Annual recurring revenue of this term (ARR), in <see cref="Currency"/>, whatever the billing frequency.</summary>
    public decimal ContractValue { get; set; }

    public BillingFrequency BillingFrequency { get; set; } = BillingFrequency.Annual;
    public string Currency { get; set; } = DefaultCurrency;
    public DateOnly StartDate { get; set; }

    /// <summary>Last day covered by the term.</summary>
    public DateOnly EndDate { get; set; }

    /// <summary>The day the next term would start; normally the day after <see cref="EndDate"/>.</summary>
    public DateOnly RenewalDate { get; set; }

    public bool AutoRenew { get; set; }
    public int NoticePeriodDays { get; set; } = DefaultNoticePeriodDays;

    /// <summary>Days between invoice and due date (net terms).</summary>
    public int PaymentTermsDays { get; set; } = 30;

    public PaymentStatus PaymentStatus { get; set; } = PaymentStatus.Current;

    /// <summary>Licensed seats sold with this term; null when the contract is not seat-based.</summary>
    public int? IncludedUsers { get; set; }

    public ClientTier Tier { get; set; } = ClientTier.Standard;
    public List<string> ProductsIncluded { get; set; } = [];

    /// <summary>Discount on list price, 0 to 1.</summary>
    public decimal DiscountPercentage { get; set; }

    public string? SignedBy { get; set; }
    public string? OwnerCsm { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int DaysUntilRenewal(DateOnly today) => RenewalDate.DayNumber - today.DayNumber;

    public bool Covers(DateOnly day) => day >= StartDate && day <= EndDate;
}
