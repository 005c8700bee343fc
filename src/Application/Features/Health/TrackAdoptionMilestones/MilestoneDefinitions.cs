using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Health.TrackAdoptionMilestones;

[Description("A custom milestone and its rule.")]
public sealed record CustomMilestone
{
    [Description("Unique, 1-50 of a-z, 0-9, _.")]
    public required string MilestoneId { get; init; }

    [Description("1-100 characters.")]
    public required string MilestoneName { get; init; }

    [Description("Days after registration, 1-1095; later is overdue.")]
    public required int TypicalTimeframeDays { get; init; }

    [Description("How much it matters.")]
    [OneOf<MilestoneImportance>]
    public required string Importance { get; init; }

    [Description("Optional if milestone_name is a standard one's (case-insensitive): its rule is used.")]
    public MilestoneRule? Rule { get; init; }
}

[Description("An evaluable milestone rule. kind: first_active_usage; active_user_ratio (ratio); feature_adopted (feature_id); "
    + "category_features_adopted (category, count); all_core_features_adopted; engagement_event (event_type, optional summary_contains); nps_promoter.")]
public sealed record MilestoneRule
{
    [Description("Parameters below.")]
    [OneOf<MilestoneKind>]
    public required string Kind { get; init; }

    [Description("feature_adopted: e.g. feat_reports.")]
    public string? FeatureId { get; init; }

    [Description("category_features_adopted.")]
    [OneOf<FeatureCategory>]
    public string? Category { get; init; }

    [Description("category_features_adopted: 1-100.")]
    public int? Count { get; init; }

    [Description("active_user_ratio: active/licensed users in a period, >0-1.")]
    public decimal? Ratio { get; init; }

    [Description("engagement_event.")]
    [OneOf<EngagementType>]
    public string? EventType { get; init; }

    [Description("engagement_event: summary contains (case-insensitive), <=100 chars.")]
    public string? SummaryContains { get; init; }
}

public enum MilestoneImportance
{
    Critical,
    High,
    Medium,
    Low,
}

public enum MilestoneKind
{
    FirstActiveUsage,
    ActiveUserRatio,
    FeatureAdopted,
    CategoryFeaturesAdopted,
    AllCoreFeaturesAdopted,
    EngagementEvent,
    NpsPromoter,
}

public static class MilestoneKinds
{
    public const string FirstActiveUsage = "first_active_usage";
    public const string ActiveUserRatio = "active_user_ratio";
    public const string FeatureAdopted = "feature_adopted";
    public const string CategoryFeaturesAdopted = "category_features_adopted";
    public const string AllCoreFeaturesAdopted = "all_core_features_adopted";
    public const string EngagementEvent = "engagement_event";
    public const string NpsPromoter = "nps_promoter";

    public static IReadOnlyList<string> All { get; } =
        [FirstActiveUsage, ActiveUserRatio, FeatureAdopted, CategoryFeaturesAdopted, AllCoreFeaturesAdopted, EngagementEvent, NpsPromoter];

    public static IReadOnlyList<string> Importances { get; } = ["critical", "high", "medium", "low"];

    public static string Describe(MilestoneRule r) => r.Kind switch
    {
        FirstActiveUsage => "the first usage period with at least one active user (reached on the later of its start and the registration day)",
        ActiveUserRatio => $"the first usage period whose active users are at least {r.Ratio!.Value.ToString("0.##", CultureInfo.InvariantCulture)} of its licensed users (reached at the period's end)",
        FeatureAdopted => $"the first use of {r.FeatureId}",
        CategoryFeaturesAdopted => $"the first use of the {Ordinal(r.Count!.Value)} {r.Category!.ToLowerInvariant()} feature",
        AllCoreFeaturesAdopted => "every core feature available to the client's tier used at least once (reached on the last first use)",
        EngagementEvent => $"the first {r.EventType!.ToLowerInvariant()} engagement event" + (r.SummaryContains is { } text ? $" whose summary contains '{text}'" : string.Empty),
        _ => "the first NPS answer of 9 or 10",
    };

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}

/// <summary>A milestone of the framework in use, with its rule.</summary>
public sealed record Milestone(string MilestoneId, string MilestoneName, string Category, int TypicalTimeframeDays, string Importance, MilestoneRule Rule);

/// <summary>The reference's eight standard milestones (section 1.3.6), each with an explicit rule over stored data.</summary>
public static class StandardMilestones
{
    /// <summary>The standard milestone of that name (case-insensitive), whose rule a rule-less custom milestone borrows.</summary>
    public static Milestone? Named(string? name) =>
        All.FirstOrDefault(m => string.Equals(m.MilestoneName, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<Milestone> All { get; } =
    [
        new("m1_account_activated", "Account Activated", "activation", 3, "critical", new() { Kind = MilestoneKinds.FirstActiveUsage }),
        new("m2_first_value_achieved", "First Value Achieved", "activation", 14, "critical", new() { Kind = MilestoneKinds.CategoryFeaturesAdopted, Category = "core", Count = 1 }),
        new("m3_team_onboarded", "Team Onboarded", "adoption", 30, "high", new() { Kind = MilestoneKinds.ActiveUserRatio, Ratio = 0.5m }),
        new("m4_core_features_adopted", "Core Features Adopted", "adoption", 60, "high", new() { Kind = MilestoneKinds.AllCoreFeaturesAdopted }),
        new("m5_integration_connected", "Integration Connected", "integration", 45, "medium", new() { Kind = MilestoneKinds.CategoryFeaturesAdopted, Category = "integration", Count = 1 }),
        new("m6_advanced_features_explored", "Advanced Features Explored", "expansion", 90, "medium", new() { Kind = MilestoneKinds.CategoryFeaturesAdopted, Category = "advanced", Count = 2 }),
        new("m7_business_impact_measured", "Business Impact Measured", "value_realization", 120, "critical", new() { Kind = MilestoneKinds.EngagementEvent, EventType = "meeting", SummaryContains = "business review" }),
        new("m8_champion_developed", "Champion Developed", "advocacy", 180, "high", new() { Kind = MilestoneKinds.NpsPromoter }),
    ];
}
