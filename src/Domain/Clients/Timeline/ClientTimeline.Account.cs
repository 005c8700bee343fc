using static CsMcp.Domain.Common.EnumCodes;


namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    /// <summary>Fields whose change makes an update a contract change rather than a profile change.</summary>
    public static IReadOnlyList<string> ContractFields { get; } = ["tier", "contract_value", "contract_start_date", "contract_end_date"];

    public static ClientEvent Registered(Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Registered(client.ClientId, client.ClientName, client.Tier, client.ContractValue, client.ContractStartDate, client.ContractEndDate, client.CreatedAt);
    }

    public static ClientEvent Registered(string clientId, string clientName, ClientTier tier, decimal contractValue, DateOnly start, DateOnly end, DateTime at) =>
        Create(TimelineEventKind.ClientRegistered, clientId, at, "Client registered",
            $"{clientName} registered on the {Code(tier)} tier with a contract of {Common.Money.Usd(contractValue)} from {Iso(start)} to {Iso(end)}.",
            new()
            {
                ["tier"] = Code(tier),
                ["contract_value"] = Common.Money.Plain(contractValue),
                ["contract_start_date"] = Iso(start),
                ["contract_end_date"] = Iso(end),
            });

    /// <summary>A profile update, or a contract update when any of <see cref="ContractFields"/> changed.</summary>
    public static ClientEvent Updated(string clientId, IReadOnlyList<TimelineChange> changes, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var contract = changes.Any(c => ContractFields.Contains(c.Field));
        return Create(contract ? TimelineEventKind.ContractDetailsUpdated : TimelineEventKind.ClientProfileUpdated, clientId, at,
            contract ? "Contract details updated" : "Client profile updated",
            $"Changed {Describe(changes)}.",
            new Dictionary<string, string>().WithChanges(changes));
    }
}
