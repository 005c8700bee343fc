using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Generates one client's data from its own seeded <see cref="Random"/>. The story fixes a timeline (start, decline, drop,
/// expansion, churn) and a vitality curve between 0 and 1 that drives usage, engagement, satisfaction and adoption,
/// so every table tells the same story. All timestamps fall before the "as of" day.
/// </summary>
internal sealed partial class DemoClientGenerator
{
    private const string SystemActor = "system";

    private readonly DemoIdentity _identity;
    private readonly Random _rng;
    private readonly DemoIdSequence _ids;
    private readonly IReadOnlyList<Feature> _features;
    private readonly DateOnly _asOf;
    private readonly DateOnly _lastDay;
    private readonly DateOnly _windowStart;
    private readonly DemoStory _story;
    private readonly List<DemoContact> _contacts = [];

    private DateOnly _start;
    private DateTime _registeredAt;
    private DateOnly? _churnDate;
    private DateOnly? _expansionDate;
    private bool _earlyExpansion;
    private DateOnly _dropDate;
    private DateOnly _declineStart;
    private double _baseVitality;
    private ClientTier _tier;
    private string _clientId = string.Empty;
    private DemoClientData _data = null!;

    public DemoClientGenerator(DemoIdentity identity, DemoIdSequence ids, IReadOnlyList<Feature> features, DateOnly asOf)
    {
        _identity = identity;
        _rng = new Random(identity.ClientSeed);
        _ids = ids;
        _features = features;
        _asOf = asOf;
        _lastDay = asOf.AddDays(-1);
        _windowStart = _lastDay.AddDays(1 - (DemoPortfolioGenerator.UsagePeriodCount * DemoPortfolioGenerator.UsagePeriodDays));
        _story = identity.Story;
        _tier = identity.Tier;
    }

    /// <summary>The last day with data: the day before "as of", or the churn date.</summary>
    private DateOnly ActiveUntil => _churnDate ?? _lastDay;

    public DemoClientData Generate()
    {
        PlanTimeline();
        CreateContacts();
        _clientId = NewClientId();
        _data = new DemoClientData { Story = _story, Client = NewClient() };

        var contracts = BuildContracts();
        BuildUsage(contracts);
        BuildFeatureAdoption();
        BuildEngagement();
        BuildSupport();
        BuildNps();
        BuildLifecycle();
        FinishClient(contracts);
        BuildFeedback();
        BuildRevenue(contracts);
        return _data;
    }

    private void PlanTimeline()
    {
        switch (_story)
        {
            case DemoStory.Onboarding:
                _start = _lastDay.AddDays(-_rng.Between(20, 90));
                break;
            case DemoStory.Churned:
                var churn = _lastDay.AddDays(-_rng.Between(60, 270));
                _churnDate = churn;
                _start = churn.AddDays(1).AddYears(-_rng.Between(1, 3));
                break;
            case DemoStory.LatePayer:
                // Far enough into the current term for an invoice to be more than 30 days overdue.
                _start = _lastDay.AddDays(-_rng.Between(100, 330)).AddYears(-_rng.Between(1, 3));
                break;
            default:
                _start = _lastDay.AddDays(-_rng.Between(400, 1600));
                break;
        }

        _registeredAt = _rng.BusinessTime(_start.AddDays(-_rng.Between(0, 10)));
        _declineStart = _lastDay.AddDays(-_rng.Between(240, 300));
        // Just before the last two usage periods, so both show the drop against the one before.
        _dropDate = _lastDay.AddDays(1 - (2 * DemoPortfolioGenerator.UsagePeriodDays) - _rng.Between(0, 3));
        _baseVitality = _story switch
        {
            DemoStory.Steady => _rng.Between(0.60, 0.72),
            DemoStory.SuddenDrop => _rng.Between(0.66, 0.78),
            DemoStory.SupportHeavy => _rng.Between(0.56, 0.68),
            DemoStory.LatePayer => _rng.Between(0.58, 0.70),
            _ => _rng.Between(0.70, 0.78),
        };
    }

    /// <summary>How well the account is doing on a day, 0 to 1.</summary>
    private double Vitality(DateOnly day)
    {
        var progress = Fraction(day, _windowStart, _lastDay);
        return _story switch
        {
            DemoStory.Thriving => Lerp(0.84, 0.93, progress),
            DemoStory.SlowDecline => day < _declineStart ? 0.74 : Lerp(0.74, 0.36, Fraction(day, _declineStart, _lastDay)),
            DemoStory.SuddenDrop => day < _dropDate ? _baseVitality : _baseVitality * 0.3,
            DemoStory.Churned => Lerp(0.6, 0.18, Fraction(day, _churnDate!.Value.AddDays(-120), _churnDate.Value)),
            DemoStory.Expanding => _expansionDate is { } expansion && day >= expansion ? 0.9 : Lerp(0.78, 0.86, progress),
            DemoStory.Onboarding => Lerp(0.3, 0.68, Fraction(day, _start, _start.AddDays(90))),
            _ => _baseVitality,
        };
    }

    private double MeanVitality(DateOnly first, DateOnly last) =>
        (Vitality(first) + Vitality(first.AddDays((last.DayNumber - first.DayNumber) / 2)) + Vitality(last)) / 3;

    private static double Lerp(double from, double to, double fraction) => from + ((to - from) * fraction);

    private static double Fraction(DateOnly day, DateOnly from, DateOnly to) =>
        to <= from ? 1 : Math.Clamp((day.DayNumber - from.DayNumber) / (double)(to.DayNumber - from.DayNumber), 0, 1);

    /// <summary>
    /// The twelve 30-day periods that end yesterday (so a 30/60/90-day lookback matches whole periods), clipped to the
    /// client's active days; periods before the start or after churn are skipped.
    /// </summary>
    private IEnumerable<(DateOnly First, DateOnly Last)> ActivePeriods()
    {
        for (var k = DemoPortfolioGenerator.UsagePeriodCount - 1; k >= 0; k--)
        {
            var periodEnd = _lastDay.AddDays(-k * DemoPortfolioGenerator.UsagePeriodDays);
            var periodStart = periodEnd.AddDays(1 - DemoPortfolioGenerator.UsagePeriodDays);
            var first = periodStart < _start ? _start : periodStart;
            var last = periodEnd < ActiveUntil ? periodEnd : ActiveUntil;
            if (first <= last)
                yield return (first, last);
        }
    }

    private void CreateContacts()
    {
        var count = _identity.Tier switch
        {
            ClientTier.Starter => 2,
            ClientTier.Standard => 3,
            ClientTier.Professional => 4,
            _ => 5,
        };
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (_contacts.Count < count)
        {
            var first = _rng.Pick(DemoWordLists.FirstNames);
            var last = _rng.Pick(DemoWordLists.LastNames);
            var email = $"{first}.{last}@{_identity.EmailDomain}".ToLowerInvariant();
            if (used.Add(email))
                _contacts.Add(new DemoContact($"{first} {last}", email, _rng.Pick(DemoWordLists.ContactTitles)));
        }
    }

    private DemoContact PrimaryContact => _contacts[0];

    private DemoContact AnyContact() => _rng.Pick(_contacts);

    /// <summary>A timeline entry tagged as demo data (<see cref="DemoPortfolioGenerator.SourceTag"/>).</summary>
    private static ClientEvent Demo(ClientEvent entry)
    {
        entry.Metadata["source"] = DemoPortfolioGenerator.SourceTag;
        return entry;
    }

    private string NewClientId()
    {
        var at = new DateTimeOffset(_registeredAt);
        for (var attempt = 1; ; attempt++)
        {
            var id = ClientIdentifier.Create(_identity.ClientName, at, attempt);
            if (_ids.ClaimClientId(id))
                return id;
        }
    }

    private Client NewClient() => new()
    {
        ClientId = _clientId,
        ClientName = _identity.ClientName,
        NormalizedName = Client.NormalizeName(_identity.ClientName),
        CompanyName = _identity.CompanyName,
        Industry = _identity.Industry,
        Tier = _identity.Tier,
        LifecycleStage = LifecycleStage.Onboarding,
        Status = AccountStatus.Active,
        PrimaryContactEmail = PrimaryContact.Email,
        PrimaryContactName = PrimaryContact.Name,
        CsmAssigned = _identity.Csm,
        CreatedAt = _registeredAt,
        UpdatedAt = _registeredAt,
    };
}
