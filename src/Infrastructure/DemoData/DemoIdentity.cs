using CsMcp.Domain.Clients;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Who a demo client is, decided for the whole portfolio up front so that names stay unique.</summary>
internal sealed record DemoIdentity(
    int Index,
    DemoStory Story,
    string ClientName,
    string CompanyName,
    string Industry,
    string EmailDomain,
    ClientTier Tier,
    string Csm,
    int ClientSeed);
