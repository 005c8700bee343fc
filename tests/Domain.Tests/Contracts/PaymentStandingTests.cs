using CsMcp.Domain.Contracts;

namespace CsMcp.Domain.Tests.Contracts;

public sealed class PaymentStandingTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void No_invoices_or_all_paid_is_current()
    {
        Assert.Equal(PaymentStatus.Current, PaymentStanding.From([], Today));
        Assert.Equal(PaymentStatus.Current, PaymentStanding.From([Invoice(Today.AddDays(-90), paidOn: Today.AddDays(-20))], Today));
    }

    [Fact]
    public void An_open_invoice_not_yet_due_is_current() =>
        Assert.Equal(PaymentStatus.Current, PaymentStanding.From([Invoice(Today)], Today));

    [Theory]
    [InlineData(1, PaymentStatus.Late)]
    [InlineData(30, PaymentStatus.Late)]
    [InlineData(31, PaymentStatus.Overdue)]
    public void Open_invoices_past_due_are_late_then_overdue_after_30_days(int daysPastDue, PaymentStatus expected) =>
        Assert.Equal(expected, PaymentStanding.From([Invoice(Today.AddDays(-daysPastDue)), Invoice(Today.AddDays(-3), paidOn: Today)], Today));

    [Fact]
    public void Invoices_tell_how_late_they_were_paid_and_how_long_they_are_past_due()
    {
        var paidLate = Invoice(Today.AddDays(-40), paidOn: Today.AddDays(-15));
        var open = Invoice(Today.AddDays(-12));
        var voided = Invoice(Today.AddDays(-60));
        voided.Status = InvoiceStatus.Void;

        Assert.Equal((25, 0), (paidLate.DaysPaidLate, paidLate.DaysPastDue(Today)));
        Assert.Equal(((int?)null, 12), (open.DaysPaidLate, open.DaysPastDue(Today)));
        Assert.Equal(0, voided.DaysPastDue(Today));
    }

    private static Invoice Invoice(DateOnly due, DateOnly? paidOn = null) => new()
    {
        InvoiceId = $"INV-{due.DayNumber}",
        ClientId = "cs_1_a",
        ContractId = "CNT-1",
        Amount = 100m,
        IssuedOn = due.AddDays(-30),
        DueOn = due,
        PaidOn = paidOn,
        Status = paidOn is null ? InvoiceStatus.Open : InvoiceStatus.Paid,
    };
}
