using CsMcp.Domain.Integrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class IntegrationSyncStateConfiguration : IEntityTypeConfiguration<IntegrationSyncState>
{
    public void Configure(EntityTypeBuilder<IntegrationSyncState> builder)
    {
        builder.ToTable("integration_sync_states");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(s => s.Integration).HasColumnName("integration").HasMaxLength(IntegrationSyncState.MaxIntegrationLength);
        builder.Property(s => s.LastSyncedAt).HasColumnName("last_synced_at");
        builder.Property(s => s.LastCursor).HasColumnName("last_cursor").HasMaxLength(IntegrationSyncState.MaxCursorLength);
        builder.Property(s => s.LastAttemptAt).HasColumnName("last_attempt_at");
        builder.Property(s => s.LastErrorType).HasColumnName("last_error_type").HasMaxLength(50);
        builder.Property(s => s.LastError).HasColumnName("last_error").HasMaxLength(IntegrationSyncState.MaxErrorLength);

        builder.HasIndex(s => new { s.ClientId, s.Integration }).IsUnique();
    }
}
