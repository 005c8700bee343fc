using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Tests.Persistence;

public sealed class EntityRoundTripTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_entity_reads_back_exactly_as_written(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        var written = await WriteAllAsync(database);

        await using var db = database.CreateContext();
        var read = new object[]
        {
            await db.Contracts.AsNoTracking().SingleAsync(), await db.Invoices.AsNoTracking().SingleAsync(),
            await db.UsagePeriods.AsNoTracking().SingleAsync(), await db.Features.AsNoTracking().SingleAsync(),
            await db.FeatureAdoptions.AsNoTracking().SingleAsync(), await db.EngagementEvents.AsNoTracking().SingleAsync(),
            await db.SupportTickets.AsNoTracking().SingleAsync(), await db.SurveyResponses.AsNoTracking().OrderBy(r => r.Id).FirstAsync(),
            await db.SurveyResponses.AsNoTracking().OrderBy(r => r.Id).LastAsync(), await db.HealthSnapshots.AsNoTracking().SingleAsync(),
            await db.LifecycleStageChanges.AsNoTracking().SingleAsync(),
        };

        Assert.Equal(written.Select(RowJson.Of), read.Select(RowJson.Of));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Timestamps_read_back_as_utc(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);

        await using var db = database.CreateContext();
        var ticket = await db.SupportTickets.AsNoTracking().SingleAsync();
        var snapshot = await db.HealthSnapshots.AsNoTracking().SingleAsync();

        Assert.All(new[] { ticket.CreatedAt, ticket.FirstResponseAt!.Value, ticket.ClosedAt!.Value, snapshot.CalculatedAt },
            t => Assert.Equal(DateTimeKind.Utc, t.Kind));
        Assert.Equal(SampleRows.At, snapshot.CalculatedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Enums_and_lists_are_stored_as_readable_codes_and_json(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);

        await using var db = database.CreateContext();

        Assert.Equal("P0", await Scalar(db, "SELECT priority AS \"Value\" FROM support_tickets"));
        Assert.Equal("waiting_on_engineering", await Scalar(db, "SELECT status AS \"Value\" FROM support_tickets"));
        Assert.Equal("[\"performance\",\"escalated\"]", await Scalar(db, "SELECT tags AS \"Value\" FROM support_tickets"));
        Assert.Equal("multi_year", await Scalar(db, "SELECT contract_type AS \"Value\" FROM contracts"));
        Assert.Equal("payment_plan", await Scalar(db, "SELECT payment_status AS \"Value\" FROM contracts"));
        Assert.Equal("[\"core_platform\",\"analytics_suite\"]", await Scalar(db, "SELECT products_included AS \"Value\" FROM contracts"));
        Assert.Equal("promoter", await Scalar(db, "SELECT nps_category AS \"Value\" FROM survey_responses WHERE survey_type = 'nps'"));
        Assert.Equal("in_app", await Scalar(db, "SELECT event_type AS \"Value\" FROM engagement_events"));
        Assert.Equal("at_risk", await Scalar(db, "SELECT to_stage AS \"Value\" FROM lifecycle_stage_changes"));
        Assert.Equal("declining", await Scalar(db, "SELECT trend AS \"Value\" FROM health_snapshots"));
        Assert.Equal("{\"tickets_in_window\":\"6\",\"nps_responses_in_window\":\"\"}", await Scalar(db, "SELECT inputs AS \"Value\" FROM health_snapshots"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deleting_a_client_deletes_all_its_rows(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);

        await using var db = database.CreateContext();
        await db.Clients.Where(c => c.ClientId == SampleRows.ClientId).ExecuteDeleteAsync();

        var left = new[]
        {
            await db.Contracts.CountAsync(), await db.Invoices.CountAsync(), await db.UsagePeriods.CountAsync(),
            await db.FeatureAdoptions.CountAsync(), await db.EngagementEvents.CountAsync(), await db.SupportTickets.CountAsync(),
            await db.SurveyResponses.CountAsync(), await db.HealthSnapshots.CountAsync(), await db.LifecycleStageChanges.CountAsync(),
        };
        Assert.All(left, count => Assert.Equal(0, count));
        Assert.Equal(1, await db.Features.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rows_for_an_unknown_client_are_rejected(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        db.UsagePeriods.Add(SampleRows.Usage());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    public static TheoryData<string, string> BrokenRows => new()
    {
        { Providers.Sqlite, "nps_category_mismatch" }, { Providers.Postgres, "nps_category_mismatch" },
        { Providers.Sqlite, "nps_out_of_range" }, { Providers.Postgres, "nps_out_of_range" },
        { Providers.Sqlite, "csat_6" }, { Providers.Postgres, "csat_6" },
        { Providers.Sqlite, "csat_with_category" }, { Providers.Postgres, "csat_with_category" },
        { Providers.Sqlite, "ticket_resolved_before_created" }, { Providers.Postgres, "ticket_resolved_before_created" },
        { Providers.Sqlite, "ticket_satisfaction_0" }, { Providers.Postgres, "ticket_satisfaction_0" },
        { Providers.Sqlite, "invoice_paid_without_day" }, { Providers.Postgres, "invoice_paid_without_day" },
        { Providers.Sqlite, "snapshot_score_101" }, { Providers.Postgres, "snapshot_score_101" },
        { Providers.Sqlite, "usage_daily_above_weekly" }, { Providers.Postgres, "usage_daily_above_weekly" },
        { Providers.Sqlite, "contract_ends_before_start" }, { Providers.Postgres, "contract_ends_before_start" },
    };

    [SkippableTheory]
    [MemberData(nameof(BrokenRows))]
    public async Task Check_constraints_reject_rows_outside_the_value_domains(string provider, string broken)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        object row = broken switch
        {
            "nps_category_mismatch" => SampleRows.Nps(6, NpsCategory.Passive),
            "nps_out_of_range" => SampleRows.Nps(11, NpsCategory.Promoter),
            "csat_6" => SampleRows.Csat(6),
            "csat_with_category" => With(SampleRows.Csat(5), r => r.NpsCategory = NpsCategory.Promoter),
            "ticket_resolved_before_created" => With(SampleRows.Ticket(), t => { t.TicketId = "TKT-9"; t.ResolvedAt = t.CreatedAt.AddMinutes(-1); }),
            "ticket_satisfaction_0" => With(SampleRows.Ticket(), t => { t.TicketId = "TKT-9"; t.SatisfactionRating = 0; }),
            "invoice_paid_without_day" => With(SampleRows.Invoice(), i => { i.InvoiceId = "INV-9"; i.PaidOn = null; }),
            "snapshot_score_101" => With(SampleRows.Snapshot(), s => s.OverallScore = 101),
            "usage_daily_above_weekly" => With(SampleRows.Usage(), u => { u.PeriodStart = u.PeriodStart.AddDays(-30); u.DailyActiveUsers = 80; }),
            _ => With(SampleRows.Contract(), c => { c.ContractId = "CNT-9"; c.EndDate = c.StartDate.AddDays(-1); }),
        };
        db.Add(row);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_client_has_one_usage_row_per_granularity_and_period_start(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAllAsync(database);
        await using var db = database.CreateContext();

        db.UsagePeriods.Add(SampleRows.Usage());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static T With<T>(T row, Action<T> change)
    {
        change(row);
        return row;
    }

    private static async Task<string?> Scalar(CsMcpDbContext db, string sql) =>
        (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Single();

    /// <summary>The client and one row of every table, in one SaveChanges (EF orders the inserts by their business-key references).</summary>
    private static async Task<object[]> WriteAllAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        object[] rows =
        [
            SampleRows.Contract(), SampleRows.Invoice(), SampleRows.Usage(), SampleRows.Feature(), SampleRows.Adoption(),
            SampleRows.Engagement(), SampleRows.Ticket(), SampleRows.Nps(), SampleRows.Csat(), SampleRows.Snapshot(), SampleRows.StageChange(),
        ];
        db.Add(SampleRows.Client());
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return rows;
    }
}
