using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>NPS answers of one client since a day: counts only, aggregated in the database.</summary>
public sealed record NpsCounts(int Promoters, int Detractors, int Responses)
{
    public static readonly NpsCounts None = new(0, 0, 0);

    public static NpsCounts Sum(IEnumerable<NpsCounts> counts)
    {
        int promoters = 0, detractors = 0, responses = 0;
        foreach (var c in counts)
        {
            promoters += c.Promoters;
            detractors += c.Detractors;
            responses += c.Responses;
        }

        return new NpsCounts(promoters, detractors, responses);
    }

    public decimal? Score => Stats.Nps(Promoters, Detractors, Responses);
}

public static class SurveyFacts
{
    /// <summary>
    /// NPS counts per client of the given clients, from responses answered at or after <paramref name="from"/>, by score
    /// (<see cref="SurveyScales"/>). One statement: each count is a correlated sub-query on the covering index
    /// (client_id, survey_type, responded_at, score), so no survey row is read (docs/health-score.md, "Performance").
    /// </summary>
    public static async Task<Dictionary<string, NpsCounts>> NpsByClientAsync(this IAppDbContext db, IQueryable<Client> clients, DateTime from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var answers = db.SurveyResponses.Where(r => r.SurveyType == SurveyType.Nps && r.RespondedAt >= from);
        var rows = await clients.Select(c => new
            {
                c.ClientId,
                Promoters = answers.Count(r => r.ClientId == c.ClientId && r.Score >= SurveyScales.PromoterFrom),
                Detractors = answers.Count(r => r.ClientId == c.ClientId && r.Score <= SurveyScales.DetractorUpTo),
                Responses = answers.Count(r => r.ClientId == c.ClientId),
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Responses > 0)
            .ToDictionary(r => r.ClientId, r => new NpsCounts(r.Promoters, r.Detractors, r.Responses), StringComparer.Ordinal);
    }
}
