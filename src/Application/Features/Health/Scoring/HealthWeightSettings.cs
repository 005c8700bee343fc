using System.Globalization;
using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// The server's default health weights: the reference defaults, each overridable by its HEALTH_SCORE_WEIGHT_* variable.
/// Invalid settings stop the server at startup with every broken rule named (see <see cref="Parse"/>).
/// </summary>
public sealed record HealthWeightSettings(HealthWeights Weights)
{
    public const string UsageVariable = "HEALTH_SCORE_WEIGHT_USAGE";
    public const string EngagementVariable = "HEALTH_SCORE_WEIGHT_ENGAGEMENT";
    public const string SupportVariable = "HEALTH_SCORE_WEIGHT_SUPPORT";
    public const string SatisfactionVariable = "HEALTH_SCORE_WEIGHT_SATISFACTION";
    public const string PaymentVariable = "HEALTH_SCORE_WEIGHT_PAYMENT";

    public static HealthWeightSettings Default { get; } = new(HealthWeights.Default);

    public static string VariableFor(HealthComponent component) => component switch
    {
        HealthComponent.Usage => UsageVariable,
        HealthComponent.Engagement => EngagementVariable,
        HealthComponent.Support => SupportVariable,
        HealthComponent.Satisfaction => SatisfactionVariable,
        _ => PaymentVariable,
    };

    /// <summary>Reads the five variables (unset or blank keeps the default); errors name each variable and its value.</summary>
    public static (HealthWeightSettings? Settings, IReadOnlyList<string> Errors) Parse(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var errors = new List<string>();
        decimal? Value(string variable)
        {
            var text = read(variable);
            if (string.IsNullOrWhiteSpace(text))
                return null;
            if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                return value;
            errors.Add($"{variable} must be a number between 0 and 1 (e.g. 0.35); got '{text}'");
            return null;
        }

        var weights = HealthWeights.Default.Override(Value(UsageVariable), Value(EngagementVariable), Value(SupportVariable),
            Value(SatisfactionVariable), Value(PaymentVariable));
        if (errors.Count > 0)
            return (null, errors);
        var broken = weights.Validate(VariableFor,
            $"the HEALTH_SCORE_WEIGHT_* values (usage {Text(weights.Usage)}, engagement {Text(weights.Engagement)}, support {Text(weights.Support)}, "
            + $"satisfaction {Text(weights.Satisfaction)}, payment {Text(weights.Payment)})");
        return broken.Count > 0 ? (null, broken) : (new HealthWeightSettings(weights), []);
    }

    /// <summary>The startup error text for <see cref="Parse"/>'s errors.</summary>
    public static string StartupError(IReadOnlyList<string> errors) =>
        "Invalid health score weights: " + string.Join("; ", errors)
        + ". Each HEALTH_SCORE_WEIGHT_* value must be between 0 and 1 and the five must sum to 1 (+/- 0.01); unset variables keep the defaults "
        + "(usage 0.35, engagement 0.25, support 0.15, satisfaction 0.15, payment 0.10).";

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
