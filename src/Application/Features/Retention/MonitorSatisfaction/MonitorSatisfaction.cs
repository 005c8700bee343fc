using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Retention.MonitorSatisfaction;

[Tool("monitor_satisfaction", Toolsets.Retention, Title = "Monitor satisfaction (NPS, CSAT, CES)", ReadOnly = true, Idempotent = true)]
[Description("NPS, CSAT and CES of one client or the portfolio over the last time_period_days, from stored survey responses, "
    + "with change and trend against the previous period, the detractors with their comments, and alerts for drops. "
    + "NPS = % promoters (9-10) - % detractors (0-6).")]
public sealed record MonitorSatisfaction : IQuery<MonitorSatisfactionResult>
{
    [Description("Only this client's responses, e.g. cs_1764201600000_acme_corp. Omit for the whole portfolio.")]
    public string? ClientId { get; init; }

    [Description("Only this measure. Omit for all three.")]
    [OneOf<SurveyType>]
    public string? SurveyType { get; init; }

    [Description("Length of the period in days, 1-730, ending now; the previous period is the same length just before it. Default 90.")]
    public int TimePeriodDays { get; init; } = 90;

    [Description("Most detractor responses listed, 0-200. Default 20. detractor_count always gives the total.")]
    public int DetractorLimit { get; init; } = 20;
}

public sealed class MonitorSatisfactionHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<MonitorSatisfaction, MonitorSatisfactionResult>
{
    public async ValueTask<MonitorSatisfactionResult> Handle(MonitorSatisfaction query, CancellationToken cancellationToken)
    {
        var end = time.GetUtcNow().UtcDateTime;
        var start = end.AddDays(-query.TimePeriodDays);
        var previousStart = start.AddDays(-query.TimePeriodDays);
        string? clientName = null;
        var clientId = query.ClientId;
        if (clientId is not null)
            clientName = (await db.GetClientAsync(clientId, cancellationToken)).ClientName;

        SurveyType? only = query.SurveyType is null ? null : EnumCodes<SurveyType>.Parse(query.SurveyType);
        var responses = db.SurveyResponses.AsNoTracking().Where(r => r.RespondedAt >= previousStart && r.RespondedAt < end);
        if (clientId is not null)
            responses = responses.Where(r => r.ClientId == clientId);
        if (only is { } type)
            responses = responses.Where(r => r.SurveyType == type);
        var rows = await responses.Select(r => new { r.SurveyType, r.Score, r.RespondedAt }).ToListAsync(cancellationToken);

        List<int> Scores(SurveyType type, bool current) =>
            rows.Where(r => r.SurveyType == type && (r.RespondedAt >= start) == current).Select(r => r.Score).ToList();

        NpsMeasure? nps = null;
        ScaleMeasure? csat = null, ces = null;
        if (only is null or SurveyType.Nps)
        {
            var (now, before) = (SurveyStatistics.Nps(Scores(SurveyType.Nps, true)), SurveyStatistics.Nps(Scores(SurveyType.Nps, false)));
            nps = new NpsMeasure(now, before, now is not null && before is not null ? now.Score - before.Score : null, SatisfactionTrends.NpsTrend(now, before), SurveyScales.NpsRule);
        }

        if (only is null or SurveyType.Csat)
            csat = Scale("1-5, 5 = very satisfied; positive = 4-5", SurveyStatistics.Scale(Scores(SurveyType.Csat, true), SurveyStatistics.CsatSatisfiedFrom),
                SurveyStatistics.Scale(Scores(SurveyType.Csat, false), SurveyStatistics.CsatSatisfiedFrom));
        if (only is null or SurveyType.Ces)
            ces = Scale("1-7, 7 = very easy; positive = 5-7", SurveyStatistics.Scale(Scores(SurveyType.Ces, true), SurveyStatistics.CesEasyFrom),
                SurveyStatistics.Scale(Scores(SurveyType.Ces, false), SurveyStatistics.CesEasyFrom));

        var detractors = db.SurveyResponses.AsNoTracking()
            .Where(r => r.SurveyType == SurveyType.Nps && r.NpsCategory == NpsCategory.Detractor && r.RespondedAt >= start && r.RespondedAt < end);
        if (clientId is not null)
            detractors = detractors.Where(r => r.ClientId == clientId);
        var detractorCount = only is null or SurveyType.Nps ? await detractors.CountAsync(cancellationToken) : 0;
        var listed = detractorCount == 0 || query.DetractorLimit == 0 ? [] : await detractors
            .Join(db.Clients, r => r.ClientId, c => c.ClientId, (r, c) => new { r, c.ClientName })
            .OrderByDescending(x => x.r.RespondedAt).ThenBy(x => x.r.ResponseId)
            .Take(query.DetractorLimit)
            .Select(x => new DetractorResponse(x.r.ResponseId, x.r.ClientId, x.ClientName, x.r.Score, x.r.Comment, x.r.RespondentName, x.r.RespondedAt))
            .ToListAsync(cancellationToken);

        var alerts = SatisfactionTrends.Alerts(nps?.Current, nps?.Previous, csat?.Current, csat?.Previous, ces?.Current, ces?.Previous);
        var inPeriod = rows.Count(r => r.RespondedAt >= start);
        var basis = $"{inPeriod} survey response(s) in the period and {rows.Count - inPeriod} in the previous period"
            + (clientId is null ? " across the portfolio" : $" from {clientName}")
            + "; a measure without responses in a period is null, not a default.";
        return new MonitorSatisfactionResult(clientId is null ? "portfolio" : "client", clientId, clientName,
            new Period(start, end, query.TimePeriodDays), new Period(previousStart, start, query.TimePeriodDays),
            nps, csat, ces, listed, detractorCount, alerts, basis);
    }

    private static ScaleMeasure Scale(string scale, ScaleFigures? current, ScaleFigures? previous) =>
        new(scale, current, previous, current is not null && previous is not null ? current.Average - previous.Average : null,
            SatisfactionTrends.ScaleTrend(current, previous));
}
