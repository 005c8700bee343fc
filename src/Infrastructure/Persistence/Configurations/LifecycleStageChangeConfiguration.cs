using CsMcp.Domain.Clients;
using CsMcp.Domain.Lifecycle;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class LifecycleStageChangeConfiguration : IEntityTypeConfiguration<LifecycleStageChange>
{
    public void Configure(EntityTypeBuilder<LifecycleStageChange> builder)
    {
        builder.ToTable("lifecycle_stage_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(c => c.FromStage).HasColumnName("from_stage").HasMaxLength(20).HasConversion<EnumCodeConverter<LifecycleStage>>();
        builder.Property(c => c.ToStage).HasColumnName("to_stage").HasMaxLength(20).HasConversion<EnumCodeConverter<LifecycleStage>>();
        builder.Property(c => c.ChangedAt).HasColumnName("changed_at");
        builder.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(LifecycleStageChange.MaxReasonLength);
        builder.Property(c => c.ChangedBy).HasColumnName("changed_by").HasMaxLength(Client.MaxNameLength);

        builder.HasIndex(c => new { c.ClientId, c.ChangedAt });
        builder.HasIndex(c => new { c.ToStage, c.ChangedAt });
    }
}
