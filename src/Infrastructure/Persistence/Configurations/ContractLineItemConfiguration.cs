using CsMcp.Domain.Contracts;
using CsMcp.Domain.Revenue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ContractLineItemConfiguration : IEntityTypeConfiguration<ContractLineItem>
{
    public void Configure(EntityTypeBuilder<ContractLineItem> builder)
    {
        builder.ToTable("contract_line_items", t =>
        {
            t.HasCheckConstraint("ck_contract_line_items_quantity", "quantity >= 0");
            t.HasCheckConstraint("ck_contract_line_items_arr", "arr >= 0");
            t.HasCheckConstraint("ck_contract_line_items_discount", "discount_percentage >= 0 AND discount_percentage <= 1");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id");
        builder.Property(l => l.ContractId).HasColumnName("contract_id").HasMaxLength(Contract.MaxContractIdLength);
        builder.HasOne<Contract>().WithMany().HasForeignKey(l => l.ContractId).HasPrincipalKey(c => c.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.ProductCode).HasColumnName("product_code").HasMaxLength(Product.MaxCodeLength);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductCode).HasPrincipalKey(p => p.Code).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Quantity).HasColumnName("quantity");
        builder.Property(l => l.UnitPrice).HasColumnName("unit_price").HasPrecision(18, 4);
        builder.Property(l => l.DiscountPercentage).HasColumnName("discount_percentage").HasPrecision(5, 4);
        builder.Property(l => l.Arr).HasColumnName("arr");
        builder.HasIndex(l => new { l.ContractId, l.ProductCode }).IsUnique();
        builder.HasIndex(l => l.ProductCode);
    }
}
