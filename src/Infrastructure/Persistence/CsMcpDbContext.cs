using CsMcp.Application.Common.Interfaces;
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
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has its own subclass so that each keeps its own migration set.
/// </summary>
public abstract class CsMcpDbContext(DbContextOptions options) : DbContext(options), IAppDbContext
{
    DbContext IAppDbContext.Context => this;

    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientEvent> ClientEvents => Set<ClientEvent>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ContractLineItem> ContractLineItems => Set<ContractLineItem>();
    public DbSet<ArrChange> ArrChanges => Set<ArrChange>();
    public DbSet<ExpansionOpportunity> ExpansionOpportunities => Set<ExpansionOpportunity>();
    public DbSet<UsagePeriod> UsagePeriods => Set<UsagePeriod>();
    public DbSet<Feature> Features => Set<Feature>();
    public DbSet<FeatureAdoption> FeatureAdoptions => Set<FeatureAdoption>();
    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<HealthSnapshot> HealthSnapshots => Set<HealthSnapshot>();
    public DbSet<LifecycleStageChange> LifecycleStageChanges => Set<LifecycleStageChange>();
    public DbSet<IntegrationSyncState> IntegrationSyncStates => Set<IntegrationSyncState>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<ChurnRecord> ChurnRecords => Set<ChurnRecord>();
    public DbSet<ChurnPrediction> ChurnPredictions => Set<ChurnPrediction>();
    public DbSet<RiskFactorAssessment> RiskFactorAssessments => Set<RiskFactorAssessment>();
    public DbSet<RiskFactorScore> RiskFactorScores => Set<RiskFactorScore>();
    public DbSet<RetentionCampaign> RetentionCampaigns => Set<RetentionCampaign>();
    public DbSet<CampaignEnrolment> CampaignEnrolments => Set<CampaignEnrolment>();
    public DbSet<RetentionTriggerRule> RetentionTriggerRules => Set<RetentionTriggerRule>();
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();
    public DbSet<ProductInsight> ProductInsights => Set<ProductInsight>();
    public DbSet<VocReport> VocReports => Set<VocReport>();
    public DbSet<WorkerSetting> WorkerSettings => Set<WorkerSetting>();
    public DbSet<WorkerRun> WorkerRuns => Set<WorkerRun>();
    public DbSet<WorkerAlert> WorkerAlerts => Set<WorkerAlert>();

    /// <summary>Infrastructure only: which demo portfolio filled this database.</summary>
    public DbSet<DemoSeedRun> DemoSeedRuns => Set<DemoSeedRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CsMcpDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
