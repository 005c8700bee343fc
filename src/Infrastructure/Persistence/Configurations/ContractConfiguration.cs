using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("contracts", t =>
        {
            t.HasCheckConstraint("ck_contracts_contract_value", "contract_value >= 0");
            t.HasCheckConstraint("ck_contracts_dates", "end_date >= start_date");
            t.HasCheckConstraint("ck_contracts_discount", "discount_percentage >= 0 AND discount_percentage <= 1");
            t.HasCheckConstraint("ck_contracts_included_users", "included_users IS NULL OR included_users >= 0");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.ContractId).HasColumnName("contract_id").HasMaxLength(Contract.MaxContractIdLength);
        builder.BelongsToClient();
        builder.Property(c => c.ContractType).HasColumnName("contract_type").HasMaxLength(20).HasConversion<EnumCodeConverter<ContractType>>();
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<ContractStatus>>();
        builder.Property(c => c.ContractValue).HasColumnName("contract_value");
        builder.Property(c => c.BillingFrequency).HasColumnName("billing_frequency").HasMaxLength(20).HasConversion<EnumCodeConverter<BillingFrequency>>();
        builder.Property(c => c.Currency).HasColumnName("currency").HasMaxLength(3);
        builder.Property(c => c.StartDate).HasColumnName("start_date");
        builder.Property(c => c.EndDate).HasColumnName("end_date");
        builder.Property(c => c.RenewalDate).HasColumnName("renewal_date");
        builder.Property(c => c.AutoRenew).HasColumnName("auto_renew");
        builder.Property(c => c.NoticePeriodDays).HasColumnName("notice_period_days");
        builder.Property(c => c.PaymentTermsDays).HasColumnName("payment_terms_days");
        builder.Property(c => c.PaymentStatus).HasColumnName("payment_status").HasMaxLength(20).HasConversion<EnumCodeConverter<PaymentStatus>>();
        builder.Property(c => c.IncludedUsers).HasColumnName("included_users");
        builder.Property(c => c.Tier).HasColumnName("tier").HasMaxLength(20).HasConversion<EnumCodeConverter<ClientTier>>();
        builder.Property(c => c.ProductsIncluded).HasColumnName("products_included")
            .HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(c => c.DiscountPercentage).HasColumnName("discount_percentage").HasPrecision(5, 4);
        builder.Property(c => c.SignedBy).HasColumnName("signed_by").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.OwnerCsm).HasColumnName("owner_csm").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");

        // Covers the health facts' "latest contract started by the window end": walked newest renewal first, no table reads.
        builder.HasIndex(c => new { c.ClientId, c.RenewalDate, c.Id, c.StartDate, c.ContractId, c.PaymentStatus })
            .HasDatabaseName("IX_contracts_client_id_latest_covering");
        builder.HasIndex(c => new { c.Status, c.RenewalDate });
        builder.HasIndex(c => c.PaymentStatus);
    }
}
