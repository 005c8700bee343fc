using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class WorkerAlertConfiguration : IEntityTypeConfiguration<WorkerAlert>
{
    public void Configure(EntityTypeBuilder<WorkerAlert> builder)
    {
        builder.ToTable("worker_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.Worker).HasColumnName("worker").HasMaxLength(40).HasConversion<EnumCodeConverter<WorkerName>>();
        builder.Property(a => a.Subject).HasColumnName("subject").HasMaxLength(WorkerAlert.MaxSubjectLength);
        builder.Property(a => a.ClientId).HasColumnName("client_id").HasMaxLength(ClientIdentifier.MaxLength);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).HasPrincipalKey(c => c.ClientId).IsRequired(false).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Condition).HasColumnName("condition").HasMaxLength(WorkerAlert.MaxConditionLength);
        builder.Property(a => a.Severity).HasColumnName("severity").HasMaxLength(10).HasConversion<EnumCodeConverter<AlertSeverity>>();
        builder.Property(a => a.Message).HasColumnName("message").HasMaxLength(WorkerAlert.MaxMessageLength);
        builder.Property(a => a.RaisedAt).HasColumnName("raised_at");
        builder.Property(a => a.LastSeenAt).HasColumnName("last_seen_at");
        builder.Property(a => a.ClearedAt).HasColumnName("cleared_at");

        // One open alert per (worker, subject, condition): the deduplication the runner relies on, enforced.
        builder.HasIndex(a => new { a.Worker, a.Subject, a.Condition }).IsUnique().HasFilter("cleared_at IS NULL");
        builder.HasIndex(a => new { a.Worker, a.ClearedAt });
        builder.HasIndex(a => a.RaisedAt);
    }
}
