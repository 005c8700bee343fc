using CsMcp.Application.Features.Core.Clients;

namespace CsMcp.Application.Features.Core.RegisterClient;

public sealed record RegisterClientResult(
    string ClientId,
    string Message,
    ClientRecord ClientRecord,
    RegistrationSummary Summary,
    IReadOnlyList<string> NextSteps);

public sealed record RegistrationSummary(string Tier, string ContractValue, int ContractTermDays, int DaysUntilRenewal, string LifecycleStage);
