using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CsMcp.Infrastructure.Persistence;

/// <summary>Used only by `dotnet ef migrations add`; the connection strings are never opened.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCsMcpDbContext>
{
    public SqliteCsMcpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCsMcpDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCsMcpDbContext>
{
    public PostgresCsMcpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCsMcpDbContext>().UseNpgsql("Host=localhost;Database=csmcp_design").Options);
}
