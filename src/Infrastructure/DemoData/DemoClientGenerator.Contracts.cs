using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Contracts;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private static readonly int[] StandardBilling = [50, 30, 20];
    private static readonly int[] ProfessionalBilling = [20, 40, 40];
    private static readonly int[] EnterpriseBilling = [0, 30, 70];
    private static readonly BillingFrequency[] Frequencies = [BillingFrequency.Monthly, BillingFrequency.Quarterly, BillingFrequency.Annual];

    private List<Contract> BuildContracts()
    {
        var terms = TermBoundaries();
        var billing = ChooseBilling();
        var (seats, seatPrice) = InitialSeats();
        var autoRenew = _story != DemoStory.Churned && _identity.Tier <= ClientTier.Standard && _rng.Chance(0.7);
        var discount = _identity.Tier switch
        {
            ClientTier.Enterprise => Math.Round((decimal)_rng.Between(0.05, 0.20), 2),
            ClientTier.Professional => Math.Round((decimal)_rng.Between(0.0, 0.10), 2),
            _ => 0m,
        };
        var contracts = new List<Contract>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var (start, end, multiYear) = terms[i];
            var expansion = _expansionDate == start;
            if (expansion)
            {
                seats = (int)Math.Round(seats * _rng.Between(1.4, 2.0));
                if (_tier < ClientTier.Enterprise && _rng.Chance(0.5))
                    _tier++;
            }
            else if (i > 0)
            {
                var grows = _story is DemoStory.Thriving or DemoStory.Expanding or DemoStory.Steady;
                seats = (int)Math.Round(seats * (grows ? _rng.Between(1.0, 1.12) : 1.0));
                seatPrice *= grows ? _rng.Between(1.0, 1.06) : 1.0;
            }

            var last = i == terms.Count - 1;
            var createdAt = i == 0 ? _registeredAt : _rng.BusinessTime(start.AddDays(-_rng.Between(expansion ? 0 : 5, expansion ? 7 : 40)));
            var endedOn = last && _story != DemoStory.Churned ? (DateOnly?)null : end.AddDays(1);
            var contract = new Contract
            {
                ContractId = _ids.NextContractId(),
                ClientId = _clientId,
                ContractType = multiYear ? ContractType.MultiYear : ContractType.Annual,
                Status = !last ? ContractStatus.Renewed : _story == DemoStory.Churned ? ContractStatus.Expired : ContractStatus.Active,
                ContractValue = Math.Round((decimal)(seats * seatPrice) / 100m) * 100m,
                BillingFrequency = billing,
                StartDate = start,
                EndDate = end,
                RenewalDate = end.AddDays(1),
                AutoRenew = autoRenew,
                NoticePeriodDays = _tier switch { ClientTier.Enterprise => 90, ClientTier.Professional => 60, _ => 30 },
                PaymentTermsDays = _tier >= ClientTier.Enterprise ? 45 : 30,
                IncludedUsers = seats,
                Tier = _tier,
                ProductsIncluded = Products(_tier),
                DiscountPercentage = discount,
                SignedBy = PrimaryContact.Name,
                OwnerCsm = _identity.Csm,
                CreatedAt = createdAt,
                UpdatedAt = endedOn is { } ended && ended <= _lastDay ? _rng.BusinessTime(ended) : createdAt,
            };
            contracts.Add(contract);
            AddInvoices(contract);
            if (i > 0)
                _data.Events.Add(Demo(expansion ? ClientTimeline.ContractExpanded(contracts[i - 1], contract, _earlyExpansion) : ClientTimeline.ContractRenewed(contracts[i - 1], contract)));
        }

        SettleInvoices();
        foreach (var contract in contracts)
            contract.PaymentStatus = PaymentStanding.From(_data.Invoices.Where(inv => inv.ContractId == contract.ContractId), _asOf);
        _data.Contracts.AddRange(contracts);
        return contracts;
    }

    private List<(DateOnly Start, DateOnly End, bool MultiYear)> TermBoundaries()
    {
        var multiYear = _story is DemoStory.Thriving or DemoStory.Steady or DemoStory.SlowDecline or DemoStory.SuddenDrop or DemoStory.SupportHeavy
            && ((_identity.Tier == ClientTier.Enterprise && _rng.Chance(0.3)) || (_identity.Tier == ClientTier.Professional && _rng.Chance(0.15)));
        var months = multiYear ? 24 : 12;
        var terms = new List<(DateOnly, DateOnly, bool)>();
        for (var k = 0; _start.AddMonths(k * months) <= ActiveUntil; k++)
            terms.Add((_start.AddMonths(k * months), _start.AddMonths((k + 1) * months).AddDays(-1), multiYear));

        if (_churnDate is { } churn)
            terms[^1] = (terms[^1].Item1, churn, multiYear);

        if (_story == DemoStory.Expanding)
        {
            var (currentStart, _, _) = terms[^1];
            if (_lastDay.DayNumber - currentStart.DayNumber >= 60)
            {
                var earliest = currentStart.AddDays(30);
                var expansion = _rng.DayBetween(earliest > _lastDay.AddDays(-200) ? earliest : _lastDay.AddDays(-200), _lastDay.AddDays(-30));
                terms[^1] = (currentStart, expansion.AddDays(-1), false);
                terms.Add((expansion, expansion.AddMonths(12).AddDays(-1), false));
                _expansionDate = expansion;
                _earlyExpansion = true;
            }
            else
            {
                _expansionDate = currentStart;
            }
        }

        return terms;
    }

    private BillingFrequency ChooseBilling()
    {
        if (_story == DemoStory.LatePayer)
            return _rng.Chance(0.6) ? BillingFrequency.Monthly : BillingFrequency.Quarterly;
        return _identity.Tier switch
        {
            ClientTier.Starter => BillingFrequency.Monthly,
            ClientTier.Standard => Frequencies[_rng.Weighted(StandardBilling)],
            ClientTier.Professional => Frequencies[_rng.Weighted(ProfessionalBilling)],
            _ => Frequencies[_rng.Weighted(EnterpriseBilling)],
        };
    }

    private (int Seats, double SeatPrice) InitialSeats() => _identity.Tier switch
    {
        ClientTier.Starter => (_rng.Between(5, 20), _rng.Between(480.0, 720.0)),
        ClientTier.Standard => (_rng.Between(15, 80), _rng.Between(420.0, 600.0)),
        ClientTier.Professional => (_rng.Between(60, 300), _rng.Between(380.0, 520.0)),
        _ => (_rng.Between(200, 1500), _rng.Between(300.0, 450.0)),
    };

    private static List<string> Products(ClientTier tier)
    {
        var products = new List<string> { "core_platform" };
        if (tier >= ClientTier.Standard)
            products.Add("integrations_pack");
        if (tier >= ClientTier.Professional)
            products.Add("analytics_suite");
        if (tier == ClientTier.Enterprise)
            products.AddRange(["premium_support", "sandbox"]);
        return products;
    }
}
