using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Persistence.Interceptors;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Tests.Monitoring;

public class DbMetricsInterceptorTests
{
    [Theory]
    [InlineData("SELECT 1", "select")]
    [InlineData("  with x as (select 1) select * from x", "select")]
    [InlineData("INSERT INTO \"clients\" (...) VALUES (...);\nSELECT changes();", "insert")]
    [InlineData("UPDATE clients SET tier = 'x'", "update")]
    [InlineData("delete from clients", "delete")]
    [InlineData("PRAGMA journal_mode=WAL;", "other")]
    [InlineData("CREATE TABLE x (id int)", "other")]
    [InlineData("", "other")]
    public void Query_type_comes_from_the_first_keyword(string sql, string expected) =>
        Assert.Equal(expected, DbMetricsInterceptor.QueryType(sql));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_command_is_counted_and_timed_by_query_type(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        var selectsBefore = database.Metrics.DatabaseQueries.WithLabels("select").Value;
        var insertsBefore = database.Metrics.DatabaseQueries.WithLabels("insert").Value;

        await using (var db = database.CreateContext())
        {
            db.Clients.Add(new Client
            {
                ClientId = "cs_1_a", ClientName = "A", NormalizedName = "A", CompanyName = "A",
                ContractStartDate = new DateOnly(2026, 1, 1), ContractEndDate = new DateOnly(2027, 1, 1), RenewalDate = new DateOnly(2027, 1, 1),
            });
            await db.SaveChangesAsync();
            await db.Clients.CountAsync();
            await db.Clients.AnyAsync(c => c.Tier == ClientTier.Enterprise);
        }

        Assert.Equal(1, database.Metrics.DatabaseQueries.WithLabels("insert").Value - insertsBefore);
        Assert.Equal(2, database.Metrics.DatabaseQueries.WithLabels("select").Value - selectsBefore);
        Assert.True(database.Metrics.DatabaseDuration.WithLabels("select").Count >= 2);
    }
}
