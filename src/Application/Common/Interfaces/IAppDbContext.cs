using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Health;
using CsMcp.Domain.Integrations;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Revenue;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>The persistence port. Handlers query the sets directly; one SaveChangesAsync per command keeps writes atomic.</summary>
public interface IAppDbContext
{
    DbSet<Client> Clients { get; }
    DbSet<ClientEvent> ClientEvents { get; }
    DbSet<Contract> Contracts { get; }
    DbSet<Invoice> Invoices { get; }
    DbSet<Product> Products { get; }
    DbSet<ContractLineItem> ContractLineItems { get; }
    DbSet<ArrChange> ArrChanges { get; }
    DbSet<ExpansionOpportunity> ExpansionOpportunities { get; }
    DbSet<UsagePeriod> UsagePeriods { get; }
    DbSet<Feature> Features { get; }
    DbSet<FeatureAdoption> FeatureAdoptions { get; }
    DbSet<EngagementEvent> EngagementEvents { get; }
    DbSet<SupportTicket> SupportTickets { get; }
    DbSet<SurveyResponse> SurveyResponses { get; }
    DbSet<HealthSnapshot> HealthSnapshots { get; }
    DbSet<LifecycleStageChange> LifecycleStageChanges { get; }
    DbSet<IntegrationSyncState> IntegrationSyncStates { get; }
    DbSet<Escalation> Escalations { get; }
    DbSet<ChurnRecord> ChurnRecords { get; }
    DbSet<ChurnPrediction> ChurnPredictions { get; }
    DbSet<RiskFactorAssessment> RiskFactorAssessments { get; }
    DbSet<RiskFactorScore> RiskFactorScores { get; }
    DbSet<RetentionCampaign> RetentionCampaigns { get; }
    DbSet<CampaignEnrolment> CampaignEnrolments { get; }
    DbSet<RetentionTriggerRule> RetentionTriggerRules { get; }
    DbSet<FeedbackItem> FeedbackItems { get; }
    DbSet<ProductInsight> ProductInsights { get; }
    DbSet<VocReport> VocReports { get; }
    DbSet<WorkerSetting> WorkerSettings { get; }
    DbSet<WorkerRun> WorkerRuns { get; }
    DbSet<WorkerAlert> WorkerAlerts { get; }

    /// <summary>The EF Core context itself, for the few hot paths that run compiled queries (EF.CompileAsyncQuery needs a DbContext).</summary>
    DbContext Context { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
