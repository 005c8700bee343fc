using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Contracts;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    /// <summary>Invoices of the last 365 days: the payment history.</summary>
    private void AddInvoices(Contract contract)
    {
        var months = contract.BillingFrequency switch
        {
            BillingFrequency.Monthly => 1,
            BillingFrequency.Quarterly => 3,
            _ => 12,
        };
        var historyStart = _asOf.AddDays(-365);
        for (var k = 0; ; k++)
        {
            var issued = contract.StartDate.AddMonths(k * months);
            if (issued > contract.EndDate || issued > _lastDay)
                break;
            if (issued < historyStart)
                continue;
            _data.Invoices.Add(new Invoice
            {
                InvoiceId = _ids.NextInvoiceId(),
                ClientId = _clientId,
                ContractId = contract.ContractId,
                Amount = Math.Round(contract.ContractValue * months / 12m, 2),
                Currency = contract.Currency,
                IssuedOn = issued,
                DueOn = issued.AddDays(contract.PaymentTermsDays),
                Status = InvoiceStatus.Open,
            });
        }
    }

    /// <summary>Pays the invoices the way the story's client pays, and leaves the story's invoices open.</summary>
    private void SettleInvoices()
    {
        var invoices = _data.Invoices;
        foreach (var invoice in invoices)
        {
            var offset = _story switch
            {
                DemoStory.LatePayer => _rng.Between(20, 65),
                DemoStory.SlowDecline => _rng.Between(-5, 8),
                DemoStory.Churned => _rng.Between(-5, 15),
                DemoStory.Steady or DemoStory.SupportHeavy => _rng.Chance(0.06) ? _rng.Between(3, 12) : _rng.Between(-12, 1),
                _ => _rng.Between(-14, 0),
            };
            var paid = invoice.DueOn.AddDays(offset);
            if (paid < invoice.IssuedOn)
                paid = invoice.IssuedOn.AddDays(_rng.Between(0, 3));
            if (paid <= _lastDay)
                Pay(invoice, paid);
        }

        var leaveOpenFrom = _story switch
        {
            // The latest invoice due at least 31 days ago and everything after it: more than 30 days overdue now.
            DemoStory.LatePayer => invoices.FindLastIndex(i => i.DueOn <= _lastDay.AddDays(-31)),
            DemoStory.SlowDecline when _rng.Chance(0.35) => invoices.FindLastIndex(i => i.DueOn >= _lastDay.AddDays(-25) && i.DueOn <= _lastDay.AddDays(-5)),
            _ => -1,
        };
        if (leaveOpenFrom >= 0)
        {
            foreach (var invoice in invoices.Skip(leaveOpenFrom))
            {
                invoice.Status = InvoiceStatus.Open;
                invoice.PaidOn = null;
            }
        }

        foreach (var invoice in invoices)
        {
            var overdueOn = invoice.DueOn.AddDays(PaymentStanding.OverdueAfterDays + 1);
            if (overdueOn <= _lastDay && (invoice.PaidOn is null || invoice.PaidOn >= overdueOn))
                _data.Events.Add(Demo(ClientTimeline.PaymentOverdue(invoice, _rng.BusinessTime(overdueOn))));
        }
    }

    private static void Pay(Invoice invoice, DateOnly paidOn)
    {
        invoice.Status = InvoiceStatus.Paid;
        invoice.PaidOn = paidOn;
    }
}
