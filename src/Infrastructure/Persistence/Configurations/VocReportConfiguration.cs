using CsMcp.Domain.Clients;
using CsMcp.Domain.Feedback;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class VocReportConfiguration : IEntityTypeConfiguration<VocReport>
{
    public void Configure(EntityTypeBuilder<VocReport> builder)
    {
        builder.ToTable("voc_reports", t => t.HasCheckConstraint("ck_voc_reports_period", "period_start <= period_end"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.ReportId).HasColumnName("report_id").HasMaxLength(VocReport.MaxIdLength);
        builder.HasIndex(r => r.ReportId).IsUnique();
        builder.Property(r => r.ReportType).HasColumnName("report_type").HasMaxLength(20).HasConversion<EnumCodeConverter<VocReportType>>();
        builder.Property(r => r.TargetAudience).HasColumnName("target_audience").HasMaxLength(20).HasConversion<EnumCodeConverter<VocAudience>>();
        builder.Property(r => r.ClientId).HasColumnName("client_id").HasMaxLength(ClientIdentifier.MaxLength);
        builder.Property(r => r.PeriodStart).HasColumnName("period_start");
        builder.Property(r => r.PeriodEnd).HasColumnName("period_end");
        builder.Property(r => r.Recipients).HasColumnName("recipients").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(r => r.SectionsJson).HasColumnName("sections");
        builder.Property(r => r.DeliveryStatus).HasColumnName("delivery_status").HasMaxLength(200);
        builder.Property(r => r.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(100);
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(r => r.CreatedAt);
    }
}
