using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class WorkerRunConfiguration : IEntityTypeConfiguration<WorkerRun>
{
    public void Configure(EntityTypeBuilder<WorkerRun> builder)
    {
        builder.ToTable("worker_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.Worker).HasColumnName("worker").HasMaxLength(40).HasConversion<EnumCodeConverter<WorkerName>>();
        builder.Property(r => r.Trigger).HasColumnName("trigger").HasMaxLength(20).HasConversion<EnumCodeConverter<WorkerTrigger>>();
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.FinishedAt).HasColumnName("finished_at");
        builder.Property(r => r.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<WorkerRunStatus>>();
        builder.Property(r => r.FindingsCount).HasColumnName("findings_count");
        builder.Property(r => r.NewAlerts).HasColumnName("new_alerts");
        builder.Property(r => r.ClearedAlerts).HasColumnName("cleared_alerts");
        builder.Property(r => r.Summary).HasColumnName("summary").HasMaxLength(WorkerRun.MaxSummaryLength);
        builder.Property(r => r.ErrorType).HasColumnName("error_type").HasMaxLength(WorkerRun.MaxErrorTypeLength);
        builder.Property(r => r.NotifiedChannels).HasColumnName("notified_channels")
            .HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Ignore(r => r.DurationSeconds);
        builder.HasIndex(r => new { r.Worker, r.StartedAt });
    }
}
