using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", t => t.HasCheckConstraint("ck_products_list_price", "list_price_per_year >= 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.Code).HasColumnName("code").HasMaxLength(Product.MaxCodeLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.Family).HasColumnName("family").HasMaxLength(20).HasConversion<EnumCodeConverter<ProductFamily>>();
        builder.Property(p => p.PricingModel).HasColumnName("pricing_model").HasMaxLength(20).HasConversion<EnumCodeConverter<PricingModel>>();
        builder.Property(p => p.ListPricePerYear).HasColumnName("list_price_per_year");
        builder.Property(p => p.MinimumTier).HasColumnName("minimum_tier").HasMaxLength(20).HasConversion<EnumCodeConverter<ClientTier>>();
        builder.Property(p => p.Active).HasColumnName("active");
    }
}
