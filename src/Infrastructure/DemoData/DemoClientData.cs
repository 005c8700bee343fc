using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Revenue;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Everything the generator produced for one client, ready to insert (ids are assigned by the database).</summary>
public sealed class DemoClientData
{
    public required DemoStory Story { get; init; }
    public required Client Client { get; init; }
    public List<Contract> Contracts { get; } = [];
    public List<Invoice> Invoices { get; } = [];
    public List<UsagePeriod> UsagePeriods { get; } = [];
    public List<FeatureAdoption> FeatureAdoptions { get; } = [];
    public List<EngagementEvent> EngagementEvents { get; } = [];
    public List<SupportTicket> SupportTickets { get; } = [];
    public List<SurveyResponse> SurveyResponses { get; } = [];
    public List<LifecycleStageChange> LifecycleStageChanges { get; } = [];
    public List<ClientEvent> Events { get; } = [];
    public List<FeedbackItem> Feedback { get; } = [];
    public List<ProductInsight> Insights { get; } = [];
    public List<ContractLineItem> ContractLines { get; } = [];
    public List<ArrChange> ArrChanges { get; } = [];
    public List<ExpansionOpportunity> Opportunities { get; } = [];

    public int RowCount =>
        1 + Contracts.Count + Invoices.Count + UsagePeriods.Count + FeatureAdoptions.Count + EngagementEvents.Count
        + SupportTickets.Count + SurveyResponses.Count + LifecycleStageChanges.Count + Events.Count + Feedback.Count + Insights.Count
        + ContractLines.Count + ArrChanges.Count + Opportunities.Count;
}
