using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Deletes every customer-success row (dependents first), the worker alerts and runs, and the demo run records; callers check first that it is all demo data.</summary>
internal static class DemoDataWiper
{
    public static async Task WipeAsync(CsMcpDbContext db, CancellationToken cancellationToken)
    {
        // Worker alerts and runs describe the portfolio being replaced; the worker settings are configuration and stay,
        // due at once for the new portfolio.
        await db.WorkerAlerts.ExecuteDeleteAsync(cancellationToken);
        await db.WorkerRuns.ExecuteDeleteAsync(cancellationToken);
        await db.WorkerSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.NextDueAt, (DateTime?)null), cancellationToken);
        await db.RetentionTriggerRules.ExecuteDeleteAsync(cancellationToken);
        await db.CampaignEnrolments.ExecuteDeleteAsync(cancellationToken);
        await db.RetentionCampaigns.ExecuteDeleteAsync(cancellationToken);
        await db.RiskFactorScores.ExecuteDeleteAsync(cancellationToken);
        await db.RiskFactorAssessments.ExecuteDeleteAsync(cancellationToken);
        await db.ChurnPredictions.ExecuteDeleteAsync(cancellationToken);
        await db.ChurnRecords.ExecuteDeleteAsync(cancellationToken);
        await db.Escalations.ExecuteDeleteAsync(cancellationToken);
        await db.HealthSnapshots.ExecuteDeleteAsync(cancellationToken);
        await db.LifecycleStageChanges.ExecuteDeleteAsync(cancellationToken);
        await db.SurveyResponses.ExecuteDeleteAsync(cancellationToken);
        await db.FeedbackItems.ExecuteDeleteAsync(cancellationToken);
        await db.ProductInsights.ExecuteDeleteAsync(cancellationToken);
        await db.VocReports.ExecuteDeleteAsync(cancellationToken);
        await db.SupportTickets.ExecuteDeleteAsync(cancellationToken);
        await db.EngagementEvents.ExecuteDeleteAsync(cancellationToken);
        await db.FeatureAdoptions.ExecuteDeleteAsync(cancellationToken);
        await db.ExpansionOpportunities.ExecuteDeleteAsync(cancellationToken);
        await db.ArrChanges.ExecuteDeleteAsync(cancellationToken);
        await db.ContractLineItems.ExecuteDeleteAsync(cancellationToken);
        await db.Invoices.ExecuteDeleteAsync(cancellationToken);
        await db.Contracts.ExecuteDeleteAsync(cancellationToken);
        await db.UsagePeriods.ExecuteDeleteAsync(cancellationToken);
        await db.ClientEvents.ExecuteDeleteAsync(cancellationToken);
        await db.Clients.ExecuteDeleteAsync(cancellationToken);
        await db.Features.ExecuteDeleteAsync(cancellationToken);
        await db.DemoSeedRuns.ExecuteDeleteAsync(cancellationToken);
    }
}
