using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.Clients;

/// <summary>A client as stored, plus the two figures derived from its dates.</summary>
public sealed record ClientRecord(
    string ClientId,
    string ClientName,
    string CompanyName,
    string? Industry,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    AccountStatus Status,
    decimal ContractValue,
    DateOnly ContractStartDate,
    DateOnly ContractEndDate,
    DateOnly RenewalDate,
    int ContractTermDays,
    int DaysUntilRenewal,
    string? PrimaryContactEmail,
    string? PrimaryContactName,
    string? CsmAssigned,
    int? HealthScore,
    HealthTrend? HealthTrend,
    DateTime? HealthCalculatedAt,
    DateTime? LastEngagementAt,
    ClientExternalIds ExternalIds,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ClientRecord From(Client client, DateOnly today) => new(
        client.ClientId,
        client.ClientName,
        client.CompanyName,
        client.Industry,
        client.Tier,
        client.LifecycleStage,
        client.Status,
        client.ContractValue,
        client.ContractStartDate,
        client.ContractEndDate,
        client.RenewalDate,
        client.ContractTermDays,
        client.DaysUntilRenewal(today),
        client.PrimaryContactEmail,
        client.PrimaryContactName,
        client.CsmAssigned,
        client.HealthScore,
        client.HealthTrend,
        client.HealthCalculatedAt,
        client.LastEngagementAt,
        ClientExternalIds.From(client),
        client.CreatedAt,
        client.UpdatedAt);
}
