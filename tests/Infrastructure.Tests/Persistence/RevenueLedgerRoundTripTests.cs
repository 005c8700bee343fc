using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Tests.Persistence;

public sealed class RevenueLedgerRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Products_lines_arr_changes_and_opportunities_read_back_exactly_as_written(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        var written = await WriteAllAsync(database);

        await using var db = database.CreateContext();
        var read = new object[][]
        {
            [.. await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync()], [.. await db.ContractLineItems.AsNoTracking().OrderBy(l => l.Id).ToListAsync()],
            [.. await db.ArrChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync()], [.. await db.ExpansionOpportunities.AsNoTracking().OrderBy(o => o.Id).ToListAsync()],
        };

        Assert.Equal(written.Select(RowJson.Of), read.SelectMany(rows => rows).Select(RowJson.Of));
        Assert.Equal("per_seat", await Scalar(db, "SELECT pricing_model AS \"Value\" FROM products WHERE code = 'core_platform'"));
        Assert.Equal("professional", await Scalar(db, "SELECT minimum_tier AS \"Value\" FROM products WHERE code = 'analytics_suite'"));
        Assert.Equal("tier_upgrade", await Scalar(db, "SELECT expansion_type AS \"Value\" FROM arr_changes WHERE reason = 'expansion'"));
        Assert.Equal("closed_won", await Scalar(db, "SELECT stage AS \"Value\" FROM expansion_opportunities WHERE closed_at IS NOT NULL"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_second_open_opportunity_of_the_same_client_and_type_is_rejected(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        db.ExpansionOpportunities.Add(Opportunity(ExpansionType.CrossSell, SampleRows.At.AddDays(1)));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_open_opportunity_is_accepted_once_the_previous_one_is_closed(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        db.ExpansionOpportunities.Add(Opportunity(ExpansionType.TierUpgrade, SampleRows.At.AddDays(1)));
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.ExpansionOpportunities.CountAsync(o => o.ExpansionType == ExpansionType.TierUpgrade));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deleting_a_client_deletes_its_lines_arr_changes_and_opportunities_but_not_the_catalogue(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        await db.Clients.Where(c => c.ClientId == SampleRows.ClientId).ExecuteDeleteAsync();

        Assert.Equal((0, 0, 0, 2), (await db.ContractLineItems.CountAsync(), await db.ArrChanges.CountAsync(),
            await db.ExpansionOpportunities.CountAsync(), await db.Products.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_line_of_an_unknown_product_is_rejected(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        db.ContractLineItems.Add(ContractLineItem.Priced("CNT-000042", "no_such_product", 1, 10m, 0m));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static ExpansionOpportunity Opportunity(ExpansionType type, DateTime at) =>
        ExpansionOpportunity.Identify(SampleRows.ClientId, type, "Analytics suite", 12_000m, 0.65m, new DateOnly(2026, 8, 31), "Ada Larkspur", "identify_crosssell_opportunities", at);

    private static async Task<string?> Scalar(CsMcpDbContext db, string sql) =>
        (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();

    private static async Task<object[]> WriteAllAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var platform = new Product { Code = "core_platform", Name = "Core platform", Family = ProductFamily.Platform, PricingModel = PricingModel.PerSeat, ListPricePerYear = 480m };
        var analytics = new Product
        {
            Code = "analytics_suite", Name = "Analytics suite", Family = ProductFamily.Analytics, PricingModel = PricingModel.Flat,
            ListPricePerYear = 18_000m, MinimumTier = ClientTier.Professional, Active = false,
        };
        var contract = SampleRows.Contract();
        var analyticsLine = ContractLineItem.Priced(contract.ContractId, analytics.Code, 1, 18_000m, contract.DiscountPercentage);
        var seatLine = ContractLineItem.ForArr(contract.ContractId, platform.Code, 120, contract.DiscountPercentage, contract.ContractValue - analyticsLine.Arr);
        var first = ArrChange.For(SampleRows.ClientId, contract.ContractId, contract.StartDate, 0m, 42_000m, SampleRows.At.AddYears(-1))!;
        var upgrade = ArrChange.For(SampleRows.ClientId, null, new DateOnly(2025, 12, 1), 42_000m, contract.ContractValue, SampleRows.At, ExpansionType.TierUpgrade)!;
        var won = Opportunity(ExpansionType.TierUpgrade, SampleRows.At.AddDays(-40));
        won.MoveTo(OpportunityStage.ClosedWon, SampleRows.At);
        var open = Opportunity(ExpansionType.CrossSell, SampleRows.At);
        db.Add(SampleRows.Client());
        db.Add(contract);
        db.AddRange(platform, analytics, seatLine, analyticsLine, first, upgrade, won, open);
        await db.SaveChangesAsync();
        // In table order, each by id (EF chooses the insert order within a table).
        return [.. new[] { platform, analytics }.OrderBy(p => p.Id), .. new[] { seatLine, analyticsLine }.OrderBy(l => l.Id),
            .. new[] { first, upgrade }.OrderBy(c => c.Id), .. new[] { won, open }.OrderBy(o => o.Id)];
    }
}
