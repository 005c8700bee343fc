using System.Globalization;
using CsMcp.Domain.Common;

namespace CsMcp.Domain.Revenue;

/// <summary>
/// A possible expansion of a client's ARR (table <c>expansion_opportunities</c>). At most one open opportunity per client
/// and type is stored (a unique index over the open rows), so a detection run that finds it again updates it.
/// </summary>
public sealed class ExpansionOpportunity
{
    public const int MaxOpportunityIdLength = 160;
    public const int MaxNameLength = 200;
    public const int MaxSourceLength = 100;
    public const string ManualSource = "manual";

    public long Id { get; set; }

    /// <summary>Business key from <see cref="IdFor"/>: <c>opp_&lt;yyyymmdd&gt;_&lt;type&gt;_&lt;client_id&gt;</c>.</summary>
    public required string OpportunityId { get; set; }

    public required string ClientId { get; set; }
    public required string Name { get; set; }
    public ExpansionType ExpansionType { get; set; }

    /// <summary>ARR the expansion would add.</summary>
    public decimal EstimatedValue { get; set; }

    /// <summary>Chance of winning it, 0 to 1.</summary>
    public decimal Probability { get; set; }

    public OpportunityStage Stage { get; set; } = OpportunityStage.Identified;
    public DateOnly? ExpectedCloseDate { get; set; }
    public string? Owner { get; set; }

    /// <summary>The tool that detected it (e.g. <c>identify_upsell_opportunities</c>) or <see cref="ManualSource"/>.</summary>
    public required string Source { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>When it reached a closed stage; null while open.</summary>
    public DateTime? ClosedAt { get; set; }

    public bool IsOpen => !IsClosed(Stage);

    /// <summary>Weighted value: estimated value x probability, 2 decimals.</summary>
    public decimal WeightedValue => Rounding.Amount(EstimatedValue * Probability);

    public static bool IsClosed(OpportunityStage stage) => stage is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost;

    public static string IdFor(string clientId, ExpansionType type, DateOnly identifiedOn) =>
        $"opp_{identifiedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}_{EnumCodes.Code(type)}_{clientId}";

    /// <summary>A newly identified opportunity, open in <see cref="OpportunityStage.Identified"/>.</summary>
    public static ExpansionOpportunity Identify(string clientId, ExpansionType type, string name, decimal estimatedValue, decimal probability,
        DateOnly? expectedCloseDate, string? owner, string source, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedValue);
        if (probability is < 0m or > 1m)
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability is between 0 and 1.");
        return new ExpansionOpportunity
        {
            OpportunityId = IdFor(clientId, type, DateOnly.FromDateTime(now)),
            ClientId = clientId,
            Name = name,
            ExpansionType = type,
            EstimatedValue = estimatedValue,
            Probability = probability,
            ExpectedCloseDate = expectedCloseDate,
            Owner = owner,
            Source = source,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Moves to <paramref name="stage"/>; a closed stage sets <see cref="ClosedAt"/>, reopening clears it.</summary>
    public void MoveTo(OpportunityStage stage, DateTime now)
    {
        Stage = stage;
        ClosedAt = IsClosed(stage) ? ClosedAt ?? now : null;
        UpdatedAt = now;
    }
}
