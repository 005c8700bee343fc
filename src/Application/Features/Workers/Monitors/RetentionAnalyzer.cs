using System.Globalization;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// retention_analyzer: clients grouped by the quarter their contract started; a cohort of at least cohort_size_min clients
/// whose retention (share not churned, by status or lifecycle stage) is below retention_rate_threshold is a finding.
/// </summary>
public sealed class RetentionAnalyzer(IAppDbContext db) : IWorker
{
    public WorkerName Name => WorkerName.RetentionAnalyzer;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sizeMin = (int)parameters.Number("cohort_size_min");
        var threshold = parameters.Number("retention_rate_threshold");
        var clients = await db.Clients.AsNoTracking()
            .Select(c => new { c.ContractStartDate, Churned = c.Status == AccountStatus.Churned || c.LifecycleStage == LifecycleStage.Churned })
            .ToListAsync(cancellationToken);

        var cohorts = clients.GroupBy(c => Quarter(c.ContractStartDate))
            .Select(g => (Key: g.Key, Size: g.Count(), Retained: g.Count(c => !c.Churned)))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var eligible = cohorts.Where(c => c.Size >= sizeMin).ToList();
        var findings = eligible
            .Select(c => (c.Key, c.Size, c.Retained, Rate: Rounding.Ratio((decimal)c.Retained / c.Size)))
            .Where(c => c.Rate < threshold)
            .Select(c => new WorkerFinding($"cohort:{c.Key}", null, null, "low_retention", AlertSeverity.Medium,
                $"Cohort {c.Key}: {c.Retained} of {c.Size} clients retained ({c.Rate * 100:0.##} %), below {threshold * 100:0.##} %.",
                new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["cohort_size"] = c.Size, ["retained"] = c.Retained, ["retention_rate"] = c.Rate }))
            .ToList();
        return new WorkerScan(findings,
            $"Retention check: {findings.Count} of {eligible.Count} cohorts with at least {sizeMin} clients retain less than {threshold * 100:0.##} %.",
            "Stored clients grouped by contract start quarter; retained = not churned (status or lifecycle stage).",
            cohorts.Count > eligible.Count ? [$"{cohorts.Count - eligible.Count} cohorts have fewer than {sizeMin} clients and were not checked."] : []);
    }

    public static string Quarter(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}-Q{((day.Month - 1) / 3) + 1}");
}
