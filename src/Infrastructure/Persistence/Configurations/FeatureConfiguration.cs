using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class FeatureConfiguration : IEntityTypeConfiguration<Feature>
{
    public void Configure(EntityTypeBuilder<Feature> builder)
    {
        builder.ToTable("features");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id");
        builder.Property(f => f.FeatureId).HasColumnName("feature_id").HasMaxLength(Feature.MaxFeatureIdLength);
        builder.Property(f => f.Name).HasColumnName("name").HasMaxLength(Feature.MaxNameLength);
        builder.Property(f => f.Description).HasColumnName("description");
        builder.Property(f => f.Category).HasColumnName("category").HasMaxLength(20).HasConversion<EnumCodeConverter<FeatureCategory>>();
        builder.Property(f => f.MinimumTier).HasColumnName("minimum_tier").HasMaxLength(20).HasConversion<EnumCodeConverter<ClientTier>>();
        builder.Property(f => f.ReleasedOn).HasColumnName("released_on");
    }
}
