using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Revenue;

/// <summary>
/// One movement of a client's ARR (table <c>arr_changes</c>), appended by every write that sets or ends a client's contract
/// value; replaying a client's changes gives its current ARR (see <see cref="ArrLedger"/>). Create rows only with <see cref="For"/>.
/// </summary>
public sealed class ArrChange
{
    public long Id { get; set; }
    public required string ClientId { get; set; }

    /// <summary>The contract term the change belongs to; null when the client's value changed without a contract row.</summary>
    public string? ContractId { get; set; }

    public DateOnly EffectiveOn { get; set; }
    public ArrChangeReason Reason { get; set; }

    /// <summary>What kind of expansion it was; only on <see cref="ArrChangeReason.Expansion"/>, null when not known.</summary>
    public ExpansionType? ExpansionType { get; set; }

    public decimal ArrBefore { get; set; }
    public decimal ArrAfter { get; set; }
    public decimal Delta { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>
    /// The change from <paramref name="arrBefore"/> to <paramref name="arrAfter"/>, or null when they are equal. The reason
    /// follows from the values: from 0 is new, to 0 is churn, up is expansion, down is contraction.
    /// <paramref name="expansionType"/> is kept only for an expansion.
    /// </summary>
    public static ArrChange? For(string clientId, string? contractId, DateOnly effectiveOn, decimal arrBefore, decimal arrAfter, DateTime recordedAt,
        ExpansionType? expansionType = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(arrBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(arrAfter);
        if (arrBefore == arrAfter)
            return null;
        var reason = ReasonOf(arrBefore, arrAfter);
        return new ArrChange
        {
            ClientId = clientId,
            ContractId = contractId,
            EffectiveOn = effectiveOn,
            Reason = reason,
            ExpansionType = reason == ArrChangeReason.Expansion ? expansionType : null,
            ArrBefore = arrBefore,
            ArrAfter = arrAfter,
            Delta = arrAfter - arrBefore,
            RecordedAt = recordedAt,
        };
    }

    /// <summary>A client's ARR as the ledger counts it: its contract value, 0 once churned.</summary>
    public static decimal ArrOf(Client client) => client.Status == AccountStatus.Churned ? 0m : client.ContractValue;

    /// <summary>
    /// The change a write to a client's record (contract value, status, lifecycle stage) made: from <paramref name="arrBefore"/>
    /// (<see cref="ArrOf"/> before the write) to <see cref="ArrOf"/> now, with no contract row; null when the ARR did not move.
    /// </summary>
    public static ArrChange? ForClient(Client client, decimal arrBefore, DateOnly effectiveOn, DateTime recordedAt) =>
        For(client.ClientId, null, effectiveOn, arrBefore, ArrOf(client), recordedAt);

    public static ArrChangeReason ReasonOf(decimal arrBefore, decimal arrAfter) =>
        arrBefore == 0m ? ArrChangeReason.New
        : arrAfter == 0m ? ArrChangeReason.Churn
        : arrAfter > arrBefore ? ArrChangeReason.Expansion
        : ArrChangeReason.Contraction;
}
