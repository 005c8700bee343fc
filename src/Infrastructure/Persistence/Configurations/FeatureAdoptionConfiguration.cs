using CsMcp.Domain.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class FeatureAdoptionConfiguration : IEntityTypeConfiguration<FeatureAdoption>
{
    public void Configure(EntityTypeBuilder<FeatureAdoption> builder)
    {
        builder.ToTable("feature_adoptions", t =>
        {
            t.HasCheckConstraint("ck_feature_adoptions_dates", "last_used_at >= first_used_at");
            t.HasCheckConstraint("ck_feature_adoptions_counts", "active_users >= 0 AND usage_count >= 0");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(a => a.FeatureId).HasColumnName("feature_id").HasMaxLength(Feature.MaxFeatureIdLength);
        builder.HasOne<Feature>().WithMany().HasForeignKey(a => a.FeatureId).HasPrincipalKey(f => f.FeatureId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.FirstUsedAt).HasColumnName("first_used_at");
        builder.Property(a => a.LastUsedAt).HasColumnName("last_used_at");
        builder.Property(a => a.ActiveUsers).HasColumnName("active_users");
        builder.Property(a => a.UsageCount).HasColumnName("usage_count");
        builder.Property(a => a.UpdatedAt).HasColumnName("updated_at");

        builder.HasIndex(a => new { a.ClientId, a.FeatureId }).IsUnique();
        builder.HasIndex(a => new { a.FeatureId, a.LastUsedAt });
        builder.HasIndex(a => new { a.ClientId, a.LastUsedAt, a.FirstUsedAt });
    }
}
