using CsMcp.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class DemoSeedRunConfiguration : IEntityTypeConfiguration<DemoSeedRun>
{
    public void Configure(EntityTypeBuilder<DemoSeedRun> builder)
    {
        builder.ToTable("demo_seed_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.Seed).HasColumnName("seed");
        builder.Property(r => r.RequestedClients).HasColumnName("requested_clients");
        builder.Property(r => r.ClientCount).HasColumnName("client_count");
        builder.Property(r => r.AsOf).HasColumnName("as_of");
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.CompletedAt).HasColumnName("completed_at");
    }
}
