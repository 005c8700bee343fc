using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Tests.Persistence;

public sealed class MigrationTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Migrations_apply_to_a_fresh_database_and_match_the_model(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.Equal(10, applied.Count);
        Assert.EndsWith("_InitialCreate", applied[0], StringComparison.Ordinal);
        Assert.EndsWith("_CustomerSuccessModel", applied[1], StringComparison.Ordinal);
        Assert.EndsWith("_RetentionAndRisk", applied[2], StringComparison.Ordinal);
        Assert.EndsWith("_IntegrationSync", applied[3], StringComparison.Ordinal);
        Assert.EndsWith("_HealthFactsIndexes", applied[4], StringComparison.Ordinal);
        Assert.EndsWith("_ScanCoveringIndexes", applied[5], StringComparison.Ordinal);
        Assert.EndsWith("_FeedbackAndInsights", applied[6], StringComparison.Ordinal);
        Assert.EndsWith("_VoiceOfCustomer", applied[7], StringComparison.Ordinal);
        Assert.EndsWith("_Workers", applied[8], StringComparison.Ordinal);
        Assert.EndsWith("_RevenueLedger", applied[9], StringComparison.Ordinal);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_new_table_exists_and_starts_empty(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        var counts = new[]
        {
            await db.Contracts.CountAsync(), await db.Invoices.CountAsync(), await db.UsagePeriods.CountAsync(),
            await db.Features.CountAsync(), await db.FeatureAdoptions.CountAsync(), await db.EngagementEvents.CountAsync(),
            await db.SupportTickets.CountAsync(), await db.SurveyResponses.CountAsync(), await db.HealthSnapshots.CountAsync(),
            await db.LifecycleStageChanges.CountAsync(), await db.DemoSeedRuns.CountAsync(), await db.IntegrationSyncStates.CountAsync(),
            await db.Escalations.CountAsync(), await db.ChurnRecords.CountAsync(), await db.ChurnPredictions.CountAsync(),
            await db.RiskFactorAssessments.CountAsync(), await db.RiskFactorScores.CountAsync(), await db.RetentionCampaigns.CountAsync(),
            await db.CampaignEnrolments.CountAsync(), await db.RetentionTriggerRules.CountAsync(), await db.FeedbackItems.CountAsync(),
            await db.ProductInsights.CountAsync(), await db.VocReports.CountAsync(), await db.WorkerRuns.CountAsync(), await db.WorkerAlerts.CountAsync(),
            await db.Products.CountAsync(), await db.ContractLineItems.CountAsync(), await db.ArrChanges.CountAsync(), await db.ExpansionOpportunities.CountAsync(),
        };

        Assert.All(counts, count => Assert.Equal(0, count));
        Assert.Equal(7, await db.WorkerSettings.CountAsync());
        Assert.Equal(
            ["arr_changes", "churn_predictions", "churn_records", "client_events", "clients", "contract_line_items", "contracts", "demo_seed_runs", "engagement_events",
                "escalations", "expansion_opportunities", "feature_adoptions", "features", "feedback_items", "health_snapshots", "integration_sync_states", "invoices",
                "lifecycle_stage_changes", "product_insights", "products",
                "retention_campaign_enrolments", "retention_campaign_steps", "retention_campaigns", "retention_trigger_rules", "risk_assessments",
                "risk_factor_scores", "support_tickets", "survey_responses", "usage_periods", "voc_reports", "worker_alerts", "worker_runs", "worker_settings"],
            db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal));
    }
}
