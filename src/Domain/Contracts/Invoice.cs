namespace CsMcp.Domain.Contracts;

/// <summary>One invoice of a contract and its payment: the client's payment history.</summary>
public sealed class Invoice
{
    public const int MaxInvoiceIdLength = 50;

    public long Id { get; set; }

    /// <summary>Business key, <c>INV-&lt;digits&gt;</c>.</summary>
    public required string InvoiceId { get; set; }

    public required string ClientId { get; set; }
    public required string ContractId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = Contract.DefaultCurrency;
    public DateOnly IssuedOn { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>The day the payment arrived; null while unpaid.</summary>
    public DateOnly? PaidOn { get; set; }

    public InvoiceStatus Status { get; set; } = InvoiceStatus.Open;

    /// <summary>Days an unpaid invoice is past its due date on <paramref name="today"/>; 0 when paid, void or not yet due.</summary>
    public int DaysPastDue(DateOnly today) =>
        Status == InvoiceStatus.Open ? Math.Max(0, today.DayNumber - DueOn.DayNumber) : 0;

    /// <summary>Days the payment arrived after the due date; null while unpaid.</summary>
    public int? DaysPaidLate => PaidOn is { } paid ? Math.Max(0, paid.DayNumber - DueOn.DayNumber) : null;
}
