using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Persistence;

public sealed class SqliteCsMcpDbContext(DbContextOptions<SqliteCsMcpDbContext> options) : CsMcpDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite stores decimal as TEXT, which it can neither sum nor order; REAL keeps cents exact at ARR magnitudes.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
