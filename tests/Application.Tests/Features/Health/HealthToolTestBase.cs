using CsMcp.Application.Tests.Features.Core;

namespace CsMcp.Application.Tests.Features.Health;

/// <summary>Each test on SQLite and PostgreSQL, optionally over <see cref="HealthPortfolioFixture"/>.</summary>
public abstract class HealthToolTestBase : CoreToolTestBase
{
    protected async Task UseFixtureAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthPortfolioFixture.SeedAsync(db);
            return 0;
        });
    }
}
