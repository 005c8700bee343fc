using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>The demo product's feature catalogue. Release dates are relative to the portfolio's "as of" day, three of them recent.</summary>
internal static class DemoFeatureCatalogue
{
    private sealed record Entry(string Key, string Name, FeatureCategory Category, ClientTier MinimumTier, int ReleasedDaysAgo, string Description);

    private static readonly Entry[] Entries =
    [
        new("dashboards", "Dashboards", FeatureCategory.Core, ClientTier.Starter, 1500, "Configurable dashboards of the team's work."),
        new("reports", "Reports", FeatureCategory.Core, ClientTier.Starter, 1500, "Scheduled and ad-hoc reports."),
        new("data_export", "Data export", FeatureCategory.Core, ClientTier.Starter, 1400, "CSV and spreadsheet export of any list."),
        new("team_workspaces", "Team workspaces", FeatureCategory.Core, ClientTier.Starter, 1300, "Shared spaces per team with their own members."),
        new("alerts", "Alerts", FeatureCategory.Core, ClientTier.Starter, 1200, "Threshold alerts by e-mail and in the app."),
        new("mobile_app", "Mobile app", FeatureCategory.Core, ClientTier.Standard, 1100, "iOS and Android companion app."),
        new("custom_fields", "Custom fields", FeatureCategory.Core, ClientTier.Standard, 1000, "Own fields on every record type."),
        new("comments", "Comments and mentions", FeatureCategory.Core, ClientTier.Starter, 900, "Threaded comments with @mentions."),
        new("workflow_automation", "Workflow automation", FeatureCategory.Advanced, ClientTier.Standard, 950, "Rules that act on records when conditions match."),
        new("advanced_analytics", "Advanced analytics", FeatureCategory.Advanced, ClientTier.Professional, 900, "Cohorts, funnels and custom metrics."),
        new("forecasting", "Forecasting", FeatureCategory.Advanced, ClientTier.Professional, 700, "Projections from historical trends."),
        new("role_permissions", "Role-based permissions", FeatureCategory.Advanced, ClientTier.Standard, 850, "Fine-grained roles and access rules."),
        new("sso", "Single sign-on", FeatureCategory.Advanced, ClientTier.Professional, 1200, "SAML and OIDC sign-on."),
        new("audit_log", "Audit log", FeatureCategory.Advanced, ClientTier.Enterprise, 800, "Immutable log of every change."),
        new("sandbox", "Sandbox environments", FeatureCategory.Advanced, ClientTier.Enterprise, 600, "Isolated copies for testing changes."),
        new("ai_assistant", "AI assistant", FeatureCategory.Advanced, ClientTier.Standard, 150, "Natural-language questions over the workspace."),
        new("api_access", "API access", FeatureCategory.Integration, ClientTier.Standard, 1400, "REST API with personal and service tokens."),
        new("webhooks", "Webhooks", FeatureCategory.Integration, ClientTier.Standard, 1000, "Outbound events to the customer's systems."),
        new("crm_sync", "CRM sync", FeatureCategory.Integration, ClientTier.Professional, 900, "Two-way sync with the customer's CRM."),
        new("chat_integration", "Chat integration", FeatureCategory.Integration, ClientTier.Starter, 750, "Notifications and commands in team chat."),
        new("data_warehouse_export", "Data warehouse export", FeatureCategory.Integration, ClientTier.Enterprise, 500, "Nightly export to the customer's warehouse."),
        new("calendar_sync", "Calendar sync", FeatureCategory.Integration, ClientTier.Starter, 400, "Due dates in the user's calendar."),
        new("scim_provisioning", "SCIM provisioning", FeatureCategory.Integration, ClientTier.Enterprise, 90, "Automatic user provisioning from the identity provider."),
        new("embedded_reports", "Embedded reports", FeatureCategory.Advanced, ClientTier.Professional, 45, "Reports embedded in the customer's own pages."),
    ];

    public static IReadOnlyList<Feature> Create(DateOnly asOf) =>
    [
        .. Entries.Select(e => new Feature
        {
            FeatureId = $"feat_{e.Key}",
            Name = e.Name,
            Description = e.Description,
            Category = e.Category,
            MinimumTier = e.MinimumTier,
            ReleasedOn = asOf.AddDays(-e.ReleasedDaysAgo),
        }),
    ];
}
