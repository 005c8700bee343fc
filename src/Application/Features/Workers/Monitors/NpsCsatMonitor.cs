using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// nps_csat_monitor: each live client's latest NPS and latest CSAT answer of the last lookback_days; an NPS answer at or
/// below nps_alert_threshold (6 = the detractor line) or a CSAT answer at or below csat_alert_threshold is a finding.
/// </summary>
public sealed class NpsCsatMonitor(IAppDbContext db) : IWorker
{
    public WorkerName Name => WorkerName.NpsCsatMonitor;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var npsThreshold = parameters.Number("nps_alert_threshold");
        var csatThreshold = parameters.Number("csat_alert_threshold");
        var days = (int)parameters.Number("lookback_days");
        var since = now.AddDays(-days);

        var answers = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.RespondedAt >= since && r.RespondedAt <= now && (r.SurveyType == SurveyType.Nps || r.SurveyType == SurveyType.Csat))
            .Join(db.Clients.Live(), r => r.ClientId, c => c.ClientId, (r, c) => new { r.ClientId, c.ClientName, r.SurveyType, r.Score, r.RespondedAt, r.ResponseId })
            .ToListAsync(cancellationToken);
        var latest = answers
            .GroupBy(a => (a.ClientId, a.SurveyType))
            .Select(g => g.OrderByDescending(a => a.RespondedAt).ThenByDescending(a => a.ResponseId, StringComparer.Ordinal).First())
            .ToList();

        var findings = new List<WorkerFinding>();
        foreach (var a in latest)
        {
            var nps = a.SurveyType == SurveyType.Nps;
            if (a.Score > (nps ? npsThreshold : csatThreshold))
                continue;
            var label = nps ? $"NPS {a.Score} ({EnumCodes<NpsCategory>.ToCode(SurveyScales.NpsCategoryOf(a.Score))})" : $"CSAT {a.Score}/5";
            findings.Add(new WorkerFinding(a.ClientId, a.ClientId, a.ClientName, nps ? "nps_detractor" : "low_csat", AlertSeverity.High,
                $"Latest answer {label} on {a.RespondedAt:yyyy-MM-dd} ({a.ResponseId}) is at or below {(nps ? npsThreshold : csatThreshold):0.##}.",
                new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["score"] = a.Score }));
        }

        findings = [.. findings.OrderBy(f => f.Condition, StringComparer.Ordinal).ThenBy(f => f.Figures["score"]).ThenBy(f => f.Subject, StringComparer.Ordinal)];
        var latestNps = SurveyStatistics.Nps(latest.Where(a => a.SurveyType == SurveyType.Nps).Select(a => a.Score));
        var npsClients = latest.Count(a => a.SurveyType == SurveyType.Nps);
        var csatClients = latest.Count - npsClients;
        return new WorkerScan(findings,
            $"Satisfaction check: {findings.Count(f => f.Condition == "nps_detractor")} detractors of {npsClients} clients with NPS, "
            + $"{findings.Count(f => f.Condition == "low_csat")} low CSAT of {csatClients} clients with CSAT"
            + (latestNps is { } n ? $"; NPS over the latest answers {n.Score}." : "."),
            $"Stored survey responses of the last {days} days, each live client's latest NPS and CSAT answer; {SurveyScales.NpsRule}.",
            latest.Count == 0 ? [$"No NPS or CSAT answers in the last {days} days."] : []);
    }
}
