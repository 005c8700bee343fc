using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Each provider has its own subclass so that each keeps its own migration set.
/// </summary>
public abstract class CsMcpDbContext(DbContextOptions options) : DbContext(options), IAppDbContext
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientEvent> ClientEvents => Set<ClientEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CsMcpDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
