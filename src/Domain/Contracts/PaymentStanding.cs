namespace CsMcp.Domain.Contracts;

/// <summary>Derives a contract's payment status from its invoices on a given day.</summary>
public static class PaymentStanding
{
    public const int OverdueAfterDays = 30;

    public static PaymentStatus From(IEnumerable<Invoice> invoices, DateOnly today)
    {
        var worst = invoices.Select(i => i.DaysPastDue(today)).DefaultIfEmpty(0).Max();
        return worst switch
        {
            > OverdueAfterDays => PaymentStatus.Overdue,
            > 0 => PaymentStatus.Late,
            _ => PaymentStatus.Current,
        };
    }
}
