using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;
using Mediator;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>
/// A catalog shaped like the full product (several toolsets, read and write tools, one toolset left empty) so the
/// selection rules are tested beyond today's five core tools. The types are never sent through the mediator.
/// </summary>
internal static class FakeCatalog
{
    public static ToolCatalog Instance { get; } = ToolCatalog.FromTypes(
    [
        typeof(ListClients), typeof(RegisterClient), typeof(GetClientOverview),
        typeof(CalculateHealthScore), typeof(TrackUsageEngagement), typeof(ManageLifecycleStages),
        typeof(IdentifyChurnRisk), typeof(ExecuteRetentionCampaign),
        typeof(HandleSupportTicket), typeof(AnalyzeSupportPerformance),
        typeof(TrackRenewals),
    ]);

    public sealed record FakeResult(string Value);

    [Tool("list_clients", Toolsets.Core, Title = "List clients", ReadOnly = true)]
    [Description("Lists clients.")]
    public sealed record ListClients : IQuery<FakeResult>;

    [Tool("register_client", Toolsets.Core, Title = "Register a client")]
    [Description("Registers a client.")]
    public sealed record RegisterClient : ICommand<FakeResult>;

    [Tool("get_client_overview", Toolsets.Core, Title = "Client overview", ReadOnly = true)]
    [Description("One client.")]
    public sealed record GetClientOverview : IQuery<FakeResult>;

    [Tool("calculate_health_score", Toolsets.Health, Title = "Calculate health score", ReadOnly = true)]
    [Description("Scores health.")]
    public sealed record CalculateHealthScore : IQuery<FakeResult>;

    [Tool("track_usage_engagement", Toolsets.Health, Title = "Track usage", ReadOnly = true)]
    [Description("Usage.")]
    public sealed record TrackUsageEngagement : IQuery<FakeResult>;

    [Tool("manage_lifecycle_stages", Toolsets.Health, Title = "Manage lifecycle stages")]
    [Description("Moves stages.")]
    public sealed record ManageLifecycleStages : ICommand<FakeResult>;

    [Tool("identify_churn_risk", Toolsets.Retention, Title = "Identify churn risk", ReadOnly = true)]
    [Description("Churn risk.")]
    public sealed record IdentifyChurnRisk : IQuery<FakeResult>;

    [Tool("execute_retention_campaign", Toolsets.Retention, Title = "Run a retention campaign")]
    [Description("Campaign.")]
    public sealed record ExecuteRetentionCampaign : ICommand<FakeResult>;

    [Tool("handle_support_ticket", Toolsets.Support, Title = "Handle a support ticket")]
    [Description("Tickets.")]
    public sealed record HandleSupportTicket : ICommand<FakeResult>;

    [Tool("analyze_support_performance", Toolsets.Support, Title = "Support performance", ReadOnly = true)]
    [Description("Support KPIs.")]
    public sealed record AnalyzeSupportPerformance : IQuery<FakeResult>;

    [Tool("track_renewals", Toolsets.Expansion, Title = "Track renewals", ReadOnly = true)]
    [Description("Renewals.")]
    public sealed record TrackRenewals : IQuery<FakeResult>;

    [Tool("stray_tool", "billing", Title = "Stray")]
    [Description("Names a toolset nobody declared.")]
    public sealed record StrayTool : IQuery<FakeResult>;
}
