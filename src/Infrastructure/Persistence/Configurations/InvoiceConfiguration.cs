using CsMcp.Domain.Contracts;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices", t =>
        {
            t.HasCheckConstraint("ck_invoices_amount", "amount >= 0");
            t.HasCheckConstraint("ck_invoices_due", "due_on >= issued_on");
            t.HasCheckConstraint("ck_invoices_paid", "(status = 'paid') = (paid_on IS NOT NULL)");
        });
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id");
        builder.Property(i => i.InvoiceId).HasColumnName("invoice_id").HasMaxLength(Invoice.MaxInvoiceIdLength);
        builder.HasIndex(i => i.InvoiceId).IsUnique();
        builder.BelongsToClient();
        builder.Property(i => i.ContractId).HasColumnName("contract_id").HasMaxLength(Contract.MaxContractIdLength);
        builder.HasOne<Contract>().WithMany().HasForeignKey(i => i.ContractId).HasPrincipalKey(c => c.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Amount).HasColumnName("amount");
        builder.Property(i => i.Currency).HasColumnName("currency").HasMaxLength(3);
        builder.Property(i => i.IssuedOn).HasColumnName("issued_on");
        builder.Property(i => i.DueOn).HasColumnName("due_on");
        builder.Property(i => i.PaidOn).HasColumnName("paid_on");
        builder.Property(i => i.Status).HasColumnName("status").HasMaxLength(10).HasConversion<EnumCodeConverter<InvoiceStatus>>();

        // Covers the invoices outstanding on a past day (health facts of a past window) without table reads.
        builder.HasIndex(i => new { i.ClientId, i.DueOn, i.IssuedOn, i.PaidOn, i.Status })
            .HasDatabaseName("IX_invoices_client_id_outstanding_covering");
        builder.HasIndex(i => i.ContractId);
        builder.HasIndex(i => new { i.Status, i.DueOn });
    }
}
