using CsMcp.Domain.Retention;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("escalations", t =>
        {
            t.HasCheckConstraint("ck_escalations_sla_hours", "sla_hours > 0");
            t.HasCheckConstraint("ck_escalations_resolved", "resolved_at IS NULL OR resolved_at >= created_at");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.EscalationId).HasColumnName("escalation_id").HasMaxLength(Escalation.MaxIdLength);
        builder.HasIndex(e => e.EscalationId).IsUnique();
        builder.BelongsToClient();
        builder.Property(e => e.Severity).HasColumnName("severity").HasMaxLength(10).HasConversion<EnumCodeConverter<EscalationSeverity>>();
        builder.Property(e => e.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<EscalationStatus>>();
        builder.Property(e => e.Owner).HasColumnName("owner").HasMaxLength(Escalation.MaxOwnerLength);
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(Escalation.MaxReasonLength);
        builder.Property(e => e.ResolutionNotes).HasColumnName("resolution_notes").HasMaxLength(Escalation.MaxNotesLength);
        builder.Property(e => e.SlaHours).HasColumnName("sla_hours");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(e => e.ClosedAt).HasColumnName("closed_at");
        builder.Ignore(e => e.IsOpen);
        builder.Ignore(e => e.DueAt);
        builder.HasIndex(e => new { e.ClientId, e.CreatedAt });
        builder.HasIndex(e => new { e.Status, e.Severity });
    }
}
