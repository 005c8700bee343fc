using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// The weight of each component in the overall score. Valid when each is between 0 and 1 and they sum to 1 +/- 0.01.
/// Build one with <see cref="Create"/>/<see cref="TryCreate"/>, or start from <see cref="Default"/> and <see cref="Override"/>
/// the weights a caller or the HEALTH_SCORE_WEIGHT_* settings supply.
/// </summary>
public sealed record HealthWeights(decimal Usage, decimal Engagement, decimal Support, decimal Satisfaction, decimal Payment)
{
    /// <summary>How far the sum may stray from 1 (the original's 0.99-1.01), so hand-typed weights like 0.33/0.33/0.34 pass.</summary>
    public const decimal SumTolerance = 0.01m;

    /// <summary>The original's weights: usage 0.35, engagement 0.25, support 0.15, satisfaction 0.15, payment 0.10.</summary>
    public static HealthWeights Default { get; } = new(0.35m, 0.25m, 0.15m, 0.15m, 0.10m);

    [JsonIgnore]
    public decimal Sum => Usage + Engagement + Support + Satisfaction + Payment;

    [JsonIgnore]
    public bool IsValid =>
        InRange(Usage) && InRange(Engagement) && InRange(Support) && InRange(Satisfaction) && InRange(Payment)
        && Math.Abs(Sum - 1m) <= SumTolerance;

    public decimal For(HealthComponent component) => component switch
    {
        HealthComponent.Usage => Usage,
        HealthComponent.Engagement => Engagement,
        HealthComponent.Support => Support,
        HealthComponent.Satisfaction => Satisfaction,
        HealthComponent.Payment => Payment,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown health component."),
    };

    /// <summary>These weights with the given ones replaced; null keeps the current value.</summary>
    public HealthWeights Override(decimal? usage = null, decimal? engagement = null, decimal? support = null,
        decimal? satisfaction = null, decimal? payment = null) =>
        new(usage ?? Usage, engagement ?? Engagement, support ?? Support, satisfaction ?? Satisfaction, payment ?? Payment);

    /// <summary>One message per broken rule, e.g. "usage weight must be between 0 and 1; got 1.2"; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => Validate(static c => $"{Code(c)} weight", "weights");

    /// <summary>
    /// As <see cref="Validate()"/>, naming each weight the way the caller knows it, e.g. HEALTH_SCORE_WEIGHT_USAGE or usage_weight,
    /// and the whole set as <paramref name="allWeightsName"/>.
    /// </summary>
    public IReadOnlyList<string> Validate(Func<HealthComponent, string> weightName, string allWeightsName)
    {
        ArgumentNullException.ThrowIfNull(weightName);
        if (IsValid)
            return [];

        var errors = new List<string>(6);
        foreach (var component in Components)
        {
            var value = For(component);
            if (!InRange(value))
                errors.Add($"{weightName(component)} must be between 0 and 1; got {Text(value)}");
        }

        if (Math.Abs(Sum - 1m) > SumTolerance)
            errors.Add($"{allWeightsName} must sum to 1 (+/- {Text(SumTolerance)}); they sum to {Text(Sum)}");
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every broken rule when the weights are not valid.</summary>
    public void EnsureValid()
    {
        if (!IsValid)
            throw new ArgumentException("Invalid health score weights: " + string.Join("; ", Validate()) + ".", "weights");
    }

    public static bool TryCreate(decimal usage, decimal engagement, decimal support, decimal satisfaction, decimal payment,
        [NotNullWhen(true)] out HealthWeights? weights, out IReadOnlyList<string> errors)
    {
        var candidate = new HealthWeights(usage, engagement, support, satisfaction, payment);
        errors = candidate.Validate();
        weights = errors.Count == 0 ? candidate : null;
        return weights is not null;
    }

    public static HealthWeights Create(decimal usage, decimal engagement, decimal support, decimal satisfaction, decimal payment)
    {
        var weights = new HealthWeights(usage, engagement, support, satisfaction, payment);
        weights.EnsureValid();
        return weights;
    }

    internal static readonly HealthComponent[] Components =
        [HealthComponent.Usage, HealthComponent.Engagement, HealthComponent.Support, HealthComponent.Satisfaction, HealthComponent.Payment];

    private static bool InRange(decimal weight) => weight is >= 0m and <= 1m;
}
