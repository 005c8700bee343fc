namespace CsMcp.Domain.Retention;

/// <summary>The recorded churn of a client: when, why and the ARR lost. One per client.</summary>
public sealed class ChurnRecord
{
    public const int MaxDetailsLength = 2000;

    public long Id { get; set; }
    public required string ClientId { get; set; }
    public DateOnly ChurnedOn { get; set; }
    public ChurnReason Reason { get; set; }
    public string? Details { get; set; }

    /// <summary>The client's contract value (ARR) when the churn was recorded.</summary>
    public decimal LostArr { get; set; }

    public DateTime RecordedAt { get; set; }
}
