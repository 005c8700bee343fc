namespace CsMcp.Application.Common.Tools;

/// <summary>The tool categories, in the order tools/list presents them.</summary>
public static class Toolsets
{
    public const string Core = "core";
    public const string Onboarding = "onboarding";
    public const string Health = "health";
    public const string Retention = "retention";
    public const string Communication = "communication";
    public const string Support = "support";
    public const string Expansion = "expansion";
    public const string Feedback = "feedback";

    public static IReadOnlyList<string> Ordered { get; } =
        [Core, Onboarding, Health, Retention, Communication, Support, Expansion, Feedback];
}
