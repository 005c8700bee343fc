using System.Globalization;
using CsMcp.Domain.Contracts;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    public static ClientEvent ContractRenewed(Contract previous, Contract next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return Renewal(TimelineEventKind.ContractRenewed, previous, next, "Contract renewed",
            $"Renewed {previous.ContractId} as {next.ContractId} from {Iso(next.StartDate)} to {Iso(next.EndDate)} at {Arr(next)} ARR ({Change(previous, next)}).");
    }

    /// <param name="early">Signed before the previous contract's renewal date rather than at it.</param>
    public static ClientEvent ContractExpanded(Contract previous, Contract next, bool early)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return Renewal(TimelineEventKind.ContractExpanded, previous, next, "Contract expanded",
            $"Signed {next.ContractId}{(early ? " early" : " at renewal")} with {next.IncludedUsers} seats on the {Code(next.Tier)} tier at {Arr(next)} ARR "
                + $"({Change(previous, next)} against {previous.ContractId}).");
    }

    /// <summary>An invoice still unpaid more than <see cref="PaymentStanding.OverdueAfterDays"/> days after its due date.</summary>
    public static ClientEvent PaymentOverdue(Invoice invoice, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Create(TimelineEventKind.PaymentOverdue, invoice.ClientId, at, $"Invoice more than {PaymentStanding.OverdueAfterDays} days overdue",
            $"{invoice.InvoiceId} for {Common.Money.Usd(invoice.Amount)}, due {Iso(invoice.DueOn)}, was still unpaid {PaymentStanding.OverdueAfterDays} days after its due date.",
            new()
            {
                ["invoice_id"] = invoice.InvoiceId,
                ["contract_id"] = invoice.ContractId,
                ["amount"] = invoice.Amount.ToString(CultureInfo.InvariantCulture),
                ["due_on"] = Iso(invoice.DueOn),
            });
    }

    private static ClientEvent Renewal(TimelineEventKind kind, Contract previous, Contract next, string title, string description) =>
        Create(kind, next.ClientId, next.CreatedAt, title, description, new()
        {
            ["previous_contract_id"] = previous.ContractId,
            ["contract_id"] = next.ContractId,
            ["previous_contract_value"] = previous.ContractValue.ToString(CultureInfo.InvariantCulture),
            ["contract_value"] = next.ContractValue.ToString(CultureInfo.InvariantCulture),
            ["included_users"] = next.IncludedUsers?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        });

    private static string Arr(Contract contract) => contract.ContractValue.ToString("$#,##0", CultureInfo.InvariantCulture);

    private static string Change(Contract previous, Contract next)
    {
        var change = previous.ContractValue == 0 ? 0 : (next.ContractValue - previous.ContractValue) / previous.ContractValue;
        return change.ToString("+0%;-0%;0%", CultureInfo.InvariantCulture);
    }
}
