using CsMcp.Domain.Retention;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ChurnRecordConfiguration : IEntityTypeConfiguration<ChurnRecord>
{
    public void Configure(EntityTypeBuilder<ChurnRecord> builder)
    {
        builder.ToTable("churn_records", t => t.HasCheckConstraint("ck_churn_records_lost_arr", "lost_arr >= 0"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.HasIndex(r => r.ClientId).IsUnique();
        builder.Property(r => r.ChurnedOn).HasColumnName("churned_on");
        builder.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(30).HasConversion<EnumCodeConverter<ChurnReason>>();
        builder.Property(r => r.Details).HasColumnName("details").HasMaxLength(ChurnRecord.MaxDetailsLength);
        builder.Property(r => r.LostArr).HasColumnName("lost_arr");
        builder.Property(r => r.RecordedAt).HasColumnName("recorded_at");
        builder.HasIndex(r => r.ChurnedOn);
    }
}
