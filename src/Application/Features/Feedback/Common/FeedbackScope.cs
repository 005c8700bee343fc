using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>
/// The feedback tools' reading of "one client, or the scoped portfolio": the client's rows when a client id is given,
/// else the rows of the clients in the portfolio scope (all rows, without a client subquery, when no filter is given).
/// </summary>
public sealed record FeedbackScope(string? ClientId, IQueryable<string>? ScopedClientIds)
{
    public static FeedbackScope Of(IAppDbContext db, PortfolioScope scope, string? clientId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return clientId is not null || !scope.HasAnyFilter()
            ? new FeedbackScope(clientId, null)
            : new FeedbackScope(null, db.Clients.AsNoTracking().InScope(scope, today).Select(c => c.ClientId));
    }

    public IQueryable<FeedbackItem> Feedback(IQueryable<FeedbackItem> items) =>
        ClientId is { } id ? items.Where(f => f.ClientId == id) : ScopedClientIds is { } scoped ? items.Where(f => scoped.Contains(f.ClientId)) : items;

    public IQueryable<SurveyResponse> Surveys(IQueryable<SurveyResponse> responses) =>
        ClientId is { } id ? responses.Where(r => r.ClientId == id) : ScopedClientIds is { } scoped ? responses.Where(r => scoped.Contains(r.ClientId)) : responses;

    /// <summary>NPS and CSAT over the NPS and CSAT answers given in [from, until); each null without answers.</summary>
    public async Task<(NpsFigures? Nps, ScaleFigures? Csat)> NpsAndCsatAsync(IQueryable<SurveyResponse> responses, DateTime from, DateTime until,
        CancellationToken cancellationToken)
    {
        var answers = await Surveys(responses.AsNoTracking())
            .Where(r => r.RespondedAt >= from && r.RespondedAt < until && (r.SurveyType == SurveyType.Nps || r.SurveyType == SurveyType.Csat))
            .Select(r => new { r.SurveyType, r.Score }).ToListAsync(cancellationToken);
        return (SurveyStatistics.Nps(answers.Where(a => a.SurveyType == SurveyType.Nps).Select(a => a.Score)),
            SurveyStatistics.Scale([.. answers.Where(a => a.SurveyType == SurveyType.Csat).Select(a => a.Score)], SurveyStatistics.CsatSatisfiedFrom));
    }
}
