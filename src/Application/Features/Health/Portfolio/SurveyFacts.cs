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
    /// <summary>NPS counts per client of the given clients, from responses answered at or after <paramref name="from"/>; one grouped query.</summary>
    public static async Task<Dictionary<string, NpsCounts>> NpsByClientAsync(this IAppDbContext db, IQueryable<Client> clients, DateTime from, CancellationToken cancellationToken)
    {
        var rows = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.SurveyType == SurveyType.Nps && r.RespondedAt >= from)
            .Join(clients, r => r.ClientId, c => c.ClientId, (r, c) => r)
            .GroupBy(r => r.ClientId)
            .Select(g => new
            {
                ClientId = g.Key,
                Promoters = g.Count(r => r.NpsCategory == NpsCategory.Promoter),
                Detractors = g.Count(r => r.NpsCategory == NpsCategory.Detractor),
                Responses = g.Count(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ClientId, r => new NpsCounts(r.Promoters, r.Detractors, r.Responses), StringComparer.Ordinal);
    }
}
