namespace CsMcp.Application.Common.Tools;

/// <summary>
/// The tool categories, in the order tools/list presents them. A tool joins one by naming it in its [Tool] attribute;
/// a new category needs a constant here, a place in <see cref="Ordered"/> and a line in <see cref="Descriptions"/>.
/// </summary>
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
    public const string Integrations = "integrations";
    public const string Autonomous = "autonomous";

    public static IReadOnlyList<string> Ordered { get; } =
        [Core, Onboarding, Health, Retention, Communication, Support, Expansion, Feedback, Integrations, Autonomous];

    /// <summary>
    /// What a server exposes when nobody chooses: the daily loop of a customer-success manager
    /// (look up an account, read its health, act on churn risk).
    /// </summary>
    public static IReadOnlyList<string> Default { get; } = [Core, Health, Retention];

    /// <summary>One line per toolset, shown to users (--help, docs) and to models (instructions, discovery tools).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Core] = "Client accounts: register, update, list and look up clients and follow their timelines.",
        [Onboarding] = "Onboarding plans, milestones, training sessions, certifications and time to value.",
        [Health] = "Usage and engagement, health scores, segmentation, feature adoption and lifecycle stages.",
        [Retention] = "Churn risk, risk factors, satisfaction (NPS, CSAT), escalations, retention campaigns and churn post-mortems.",
        [Communication] = "Personalized e-mail, automated communications, community, advocacy, executive business reviews and newsletters.",
        [Support] = "Support tickets and routing, knowledge base, customer portal and support performance.",
        [Expansion] = "Upsell, cross-sell and expansion opportunities, renewals and renewal forecasts, revenue expansion and lifetime value.",
        [Feedback] = "Feedback and its sentiment, product insights, customer-success metrics, product usage and voice of the customer.",
        [Integrations] = "Platform integrations: import Zendesk tickets, Intercom engagement and Mixpanel usage for linked clients (sync_integrations).",
        [Autonomous] = "Background workers: their status, configuration and alerts (churn, usage drops, SLA, NPS/CSAT, upsell, retention); run one now.",
    };
}
