using CsMcp.Domain.Contracts;
using CsMcp.Domain.Revenue;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ArrChangeConfiguration : IEntityTypeConfiguration<ArrChange>
{
    public void Configure(EntityTypeBuilder<ArrChange> builder)
    {
        builder.ToTable("arr_changes", t =>
        {
            t.HasCheckConstraint("ck_arr_changes_amounts", "arr_before >= 0 AND arr_after >= 0");
            t.HasCheckConstraint("ck_arr_changes_expansion_type", "expansion_type IS NULL OR reason = 'expansion'");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(c => c.ContractId).HasColumnName("contract_id").HasMaxLength(Contract.MaxContractIdLength);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.ContractId).HasPrincipalKey(k => k.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.EffectiveOn).HasColumnName("effective_on");
        builder.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(20).HasConversion<EnumCodeConverter<ArrChangeReason>>();
        builder.Property(c => c.ExpansionType).HasColumnName("expansion_type").HasMaxLength(30).HasConversion<EnumCodeConverter<ExpansionType>>();
        builder.Property(c => c.ArrBefore).HasColumnName("arr_before");
        builder.Property(c => c.ArrAfter).HasColumnName("arr_after");
        builder.Property(c => c.Delta).HasColumnName("delta");
        builder.Property(c => c.RecordedAt).HasColumnName("recorded_at");

        // Covers the ledger replay of a period: every change up to its end with the figures, no table reads.
        builder.HasIndex(c => new { c.EffectiveOn, c.ClientId, c.Reason, c.Delta }).HasDatabaseName("IX_arr_changes_ledger_covering");
        builder.HasIndex(c => new { c.ClientId, c.EffectiveOn });
        builder.HasIndex(c => c.ContractId);
    }
}
