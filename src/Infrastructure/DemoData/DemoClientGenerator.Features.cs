using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    /// <summary>Adopts available features with a story-dependent likelihood; declining accounts abandon some, churned ones stop at churn.</summary>
    private void BuildFeatureAdoption()
    {
        var likelihood = _story switch
        {
            DemoStory.Thriving or DemoStory.Expanding => 0.9,
            DemoStory.Steady or DemoStory.SuddenDrop => 0.65,
            DemoStory.Churned => 0.45,
            DemoStory.Onboarding => 0.35,
            _ => 0.55,
        };
        foreach (var feature in _features)
        {
            var availableFrom = Latest(feature.ReleasedOn, _start, TierReachedOn(feature.MinimumTier));
            if (availableFrom is not { } from || from > ActiveUntil)
                continue;
            var categoryFactor = feature.Category switch
            {
                FeatureCategory.Core => 1.0,
                FeatureCategory.Advanced => 0.65,
                _ => 0.5,
            };
            if (!_rng.Chance(likelihood * categoryFactor))
                continue;

            var firstUsed = _rng.DayBetween(from, Min(from.AddDays(_story == DemoStory.Onboarding ? 14 : 120), ActiveUntil));
            var abandoned = _story switch
            {
                DemoStory.SlowDecline => _rng.Chance(0.4),
                DemoStory.SuddenDrop => _rng.Chance(0.5),
                DemoStory.Churned => true,
                _ => _rng.Chance(0.05),
            };
            var lastUsed = abandoned
                ? _rng.DayBetween(firstUsed, Max(firstUsed, ActiveUntil.AddDays(-_rng.Between(31, 120))))
                : _rng.DayBetween(Max(firstUsed, ActiveUntil.AddDays(-6)), ActiveUntil);
            var share = feature.Category switch
            {
                FeatureCategory.Core => _rng.Between(0.5, 0.9),
                FeatureCategory.Advanced => _rng.Between(0.15, 0.5),
                _ => _rng.Between(0.05, 0.2),
            };
            var activeUsers = ActiveUntil.DayNumber - lastUsed.DayNumber > 30 ? 0 : Math.Max(1, (int)Math.Round(_latestMonthlyActiveUsers * share));
            var firstAt = _rng.BusinessTime(firstUsed);
            var lastAt = lastUsed == firstUsed ? firstAt : _rng.BusinessTime(lastUsed);
            var weeksUsed = Math.Max(1, (lastUsed.DayNumber - firstUsed.DayNumber) / 7);
            _data.FeatureAdoptions.Add(new FeatureAdoption
            {
                ClientId = _clientId,
                FeatureId = feature.FeatureId,
                FirstUsedAt = firstAt,
                LastUsedAt = lastAt,
                ActiveUsers = activeUsers,
                UsageCount = (long)Math.Round(Math.Max(1, activeUsers) * weeksUsed * _rng.Between(1.0, 6.0)),
                UpdatedAt = lastAt,
            });
        }
    }

    /// <summary>The day the client first had <paramref name="tier"/> or higher; null when it never had.</summary>
    private DateOnly? TierReachedOn(ClientTier tier) =>
        _identity.Tier >= tier ? _start : _tier >= tier ? _expansionDate : null;

    private static DateOnly? Latest(DateOnly a, DateOnly b, DateOnly? c) =>
        c is not { } third ? null : Max(Max(a, b), third);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
