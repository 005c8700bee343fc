using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Revenue;
using static CsMcp.Infrastructure.DemoData.DemoProductCatalogue;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Contract lines, the ARR history and expansion opportunities, derived from the contracts once the client is finished.
/// Opportunities draw from their own seeded <see cref="Random"/> so the figures of every other table stay as they were.
/// </summary>
internal sealed partial class DemoClientGenerator
{
    /// <summary>Share of a contract's value each add-on carries; the platform line (the seats) carries the rest.</summary>
    private static readonly Dictionary<string, decimal> AddOnShares = new(StringComparer.Ordinal)
    {
        [DemoProductCatalogue.Integrations] = 0.08m,
        [Analytics] = 0.12m,
        [PremiumSupport] = 0.10m,
        [Sandbox] = 0.05m,
    };

    private static readonly OpportunityStage[] OpenStages = [OpportunityStage.Identified, OpportunityStage.Qualified, OpportunityStage.Proposal, OpportunityStage.Negotiation];
    private static readonly decimal[] OpenStageProbabilities = [0.2m, 0.4m, 0.6m, 0.75m];

    private void BuildRevenue(List<Contract> contracts)
    {
        foreach (var contract in contracts)
            AddContractLines(contract);
        AddArrHistory(contracts);
        AddOpportunities(contracts);
    }

    private void AddContractLines(Contract contract)
    {
        var addOns = contract.ProductsIncluded.Where(code => code != Platform)
            .Select(code => ContractLineItem.ForArr(contract.ContractId, code, 1, contract.DiscountPercentage, Hundreds(contract.ContractValue * AddOnShares[code])))
            .ToList();
        _data.ContractLines.Add(ContractLineItem.ForArr(contract.ContractId, Platform, contract.IncludedUsers ?? 1, contract.DiscountPercentage,
            contract.ContractValue - ContractLines.TotalArr(addOns)));
        _data.ContractLines.AddRange(addOns);
    }

    /// <summary>New at the first term, expansion or contraction between consecutive terms, churn the day after a churned client's last term.</summary>
    private void AddArrHistory(List<Contract> contracts)
    {
        Contract? previous = null;
        foreach (var contract in contracts)
        {
            var type = previous is null ? null : ExpansionTypeOf(previous, contract);
            if (ArrChange.For(_clientId, contract.ContractId, contract.StartDate, previous?.ContractValue ?? 0m, contract.ContractValue, contract.CreatedAt, type) is { } change)
                _data.ArrChanges.Add(change);
            previous = contract;
        }

        if (_data.Client.Status == AccountStatus.Churned)
        {
            var last = contracts[^1];
            var churnedAt = _data.LifecycleStageChanges.Last(s => s.ToStage == LifecycleStage.Churned).ChangedAt;
            _data.ArrChanges.Add(ArrChange.For(_clientId, last.ContractId, last.EndDate.AddDays(1), last.ContractValue, 0m, churnedAt)!);
        }
    }

    private static ExpansionType? ExpansionTypeOf(Contract previous, Contract next) =>
        next.Tier > previous.Tier ? ExpansionType.TierUpgrade
        : next.IncludedUsers > previous.IncludedUsers ? ExpansionType.UserExpansion
        : null;

    private void AddOpportunities(List<Contract> contracts)
    {
        var rng = new Random(unchecked((_identity.ClientSeed * 397) ^ 0x5EED));
        AddWonExpansion(contracts, rng);
        var current = contracts[^1];
        if (_story == DemoStory.SlowDecline && rng.Chance(0.3))
            AddLostCrossSell(current, rng);
        if (_data.Client.Status != AccountStatus.Churned && rng.Chance(0.25) && OpenOpportunity(current) is { } open)
            AddOpen(open.Type, open.Name, open.Value, rng);
    }

    /// <summary>The expansion term of an expanding client, as the opportunity that was won for it.</summary>
    private void AddWonExpansion(List<Contract> contracts, Random rng)
    {
        var expansion = _data.ArrChanges.FirstOrDefault(c => c.Reason == ArrChangeReason.Expansion && c.EffectiveOn == _expansionDate && c.ExpansionType is not null);
        if (expansion is null)
            return;
        var term = contracts.First(c => c.ContractId == expansion.ContractId);
        var name = expansion.ExpansionType == ExpansionType.TierUpgrade
            ? $"Upgrade to {EnumCodes.Code(term.Tier)}"
            : $"Seat expansion to {term.IncludedUsers} users";
        var opportunity = ExpansionOpportunity.Identify(_clientId, expansion.ExpansionType!.Value, name, expansion.Delta, 0.5m,
            term.StartDate, _identity.Csm, ExpansionOpportunity.ManualSource, rng.BusinessTime(term.StartDate.AddDays(-rng.Between(45, 90))));
        opportunity.Probability = 1m;
        opportunity.MoveTo(OpportunityStage.ClosedWon, term.CreatedAt);
        _data.Opportunities.Add(opportunity);
    }

    private void AddLostCrossSell(Contract current, Random rng)
    {
        var created = _lastDay.AddDays(-rng.Between(150, 300));
        var opportunity = ExpansionOpportunity.Identify(_clientId, ExpansionType.CrossSell, "Training package", Hundreds(4_500m * (1m - current.DiscountPercentage)), 0.4m,
            created.AddDays(60), _identity.Csm, ExpansionOpportunity.ManualSource, rng.BusinessTime(created));
        opportunity.Probability = 0m;
        opportunity.MoveTo(OpportunityStage.ClosedLost, rng.BusinessTime(created.AddDays(rng.Between(20, 70))));
        _data.Opportunities.Add(opportunity);
    }

    private (ExpansionType Type, string Name, decimal Value)? OpenOpportunity(Contract current) => _story switch
    {
        DemoStory.Thriving when TierLadder.Upgrade(current.Tier) is { } up =>
            (ExpansionType.TierUpgrade, $"Upgrade to {EnumCodes.Code(up.Next)}", TierLadder.ExpansionValue(current.Tier, current.ContractValue)!.Value),
        DemoStory.Thriving or DemoStory.Expanding =>
            (ExpansionType.UserExpansion, $"Add {Math.Max(5, (current.IncludedUsers ?? 0) / 5)} seats", Hundreds(current.ContractValue * 0.2m)),
        DemoStory.Steady when current.Tier >= ClientTier.Standard =>
            (ExpansionType.UsageExpansion, "API suite usage tier", Hundreds(current.ContractValue * 0.1m)),
        DemoStory.Steady or DemoStory.SupportHeavy =>
            (ExpansionType.CrossSell, "Training package", Hundreds(4_500m * (1m - current.DiscountPercentage))),
        DemoStory.Onboarding =>
            (ExpansionType.ProfessionalServices, "Onboarding services", Hundreds(8_000m * (1m - current.DiscountPercentage))),
        _ => null,
    };

    private void AddOpen(ExpansionType type, string name, decimal value, Random rng)
    {
        var stage = rng.Next(OpenStages.Length);
        var created = rng.BusinessTime(_lastDay.AddDays(-rng.Between(5, 75)));
        var opportunity = ExpansionOpportunity.Identify(_clientId, type, name, value, OpenStageProbabilities[stage],
            _lastDay.AddDays(rng.Between(30, 150)), _identity.Csm, ExpansionOpportunity.ManualSource, created);
        opportunity.MoveTo(OpenStages[stage], stage == 0 ? created : created.AddDays(rng.Between(1, 5)));
        _data.Opportunities.Add(opportunity);
    }

    private static decimal Hundreds(decimal amount) => Math.Round(amount / 100m, MidpointRounding.AwayFromZero) * 100m;
}
