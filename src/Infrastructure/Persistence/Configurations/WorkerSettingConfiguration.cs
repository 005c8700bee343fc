using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class WorkerSettingConfiguration : IEntityTypeConfiguration<WorkerSetting>
{
    /// <summary>When the seeded defaults were written (fixed, so the migration's seed rows never change).</summary>
    private static readonly DateTime SeededAt = new(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<WorkerSetting> builder)
    {
        builder.ToTable("worker_settings", t =>
            t.HasCheckConstraint("ck_worker_settings_interval_hours", $"interval_hours >= {WorkerDefinition.MinIntervalHours} AND interval_hours <= {WorkerDefinition.MaxIntervalHours}"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.Property(s => s.Worker).HasColumnName("worker").HasMaxLength(40).HasConversion<EnumCodeConverter<WorkerName>>();
        builder.HasIndex(s => s.Worker).IsUnique();
        builder.Property(s => s.Enabled).HasColumnName("enabled");
        builder.Property(s => s.IntervalHours).HasColumnName("interval_hours");
        builder.Property(s => s.ParamsJson).HasColumnName("params").HasMaxLength(WorkerSetting.MaxParamsLength);
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.NextDueAt).HasColumnName("next_due_at");
        builder.Property(s => s.LeaseOwner).HasColumnName("lease_owner").HasMaxLength(WorkerSetting.MaxLeaseOwnerLength);
        builder.Property(s => s.LeaseUntil).HasColumnName("lease_until");

        // The reference's defaults (autonomous_config.json), one row per worker.
        builder.HasData(WorkerDefinition.All.Select((d, i) => new WorkerSetting
        {
            Id = i + 1,
            Worker = d.Name,
            Enabled = d.EnabledByDefault,
            IntervalHours = d.DefaultIntervalHours,
            ParamsJson = WorkerParams.Parse(d, "{}").ToJson(),
            UpdatedAt = SeededAt,
        }));
    }
}
