using System.Security.Cryptography;
using System.Text;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>A stable SHA-256 over every row, serialized as JSON in a fixed order: equal digests mean identical data.</summary>
internal static class DemoDigest
{
    public static string Of(DemoPortfolio portfolio)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var feature in portfolio.Features)
            Append(hash, feature);
        foreach (var client in portfolio.Clients())
        {
            Append(hash, client.Story);
            Append(hash, client.Client);
            AppendAll(hash, client.Contracts);
            AppendAll(hash, client.Invoices);
            AppendAll(hash, client.UsagePeriods);
            AppendAll(hash, client.FeatureAdoptions);
            AppendAll(hash, client.EngagementEvents);
            AppendAll(hash, client.SupportTickets);
            AppendAll(hash, client.SurveyResponses);
            AppendAll(hash, client.LifecycleStageChanges);
            AppendAll(hash, client.Events);
            AppendAll(hash, client.Feedback);
            AppendAll(hash, client.Insights);
            AppendAll(hash, client.ContractLines);
            AppendAll(hash, client.ArrChanges);
            AppendAll(hash, client.Opportunities);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>Every demo table read back in id order.</summary>
    public static async Task<string> OfDatabaseAsync(CsMcpDbContext db)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendAll(hash, await db.Features.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.Clients.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.Contracts.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.Invoices.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.UsagePeriods.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.FeatureAdoptions.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.EngagementEvents.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.SupportTickets.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.SurveyResponses.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.LifecycleStageChanges.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.ClientEvents.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.FeedbackItems.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.ProductInsights.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.Products.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.ContractLineItems.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.ArrChanges.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        AppendAll(hash, await db.ExpansionOpportunities.AsNoTracking().OrderBy(x => x.Id).ToListAsync());
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void AppendAll<T>(IncrementalHash hash, IEnumerable<T> rows)
    {
        foreach (var row in rows)
            Append(hash, row);
    }

    private static void Append<T>(IncrementalHash hash, T row) =>
        hash.AppendData(Encoding.UTF8.GetBytes(RowJson.Of(row) + "\n"));
}
