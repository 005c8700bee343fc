using CsMcp.Domain.Clients;
using CsMcp.Domain.Support;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> builder)
    {
        builder.ToTable("support_tickets", t =>
        {
            t.HasCheckConstraint("ck_support_tickets_satisfaction", "satisfaction_rating IS NULL OR (satisfaction_rating >= 1 AND satisfaction_rating <= 5)");
            t.HasCheckConstraint("ck_support_tickets_first_response", "first_response_at IS NULL OR first_response_at >= created_at");
            t.HasCheckConstraint("ck_support_tickets_resolved", "resolved_at IS NULL OR resolved_at >= created_at");
            t.HasCheckConstraint("ck_support_tickets_closed", "closed_at IS NULL OR closed_at >= created_at");
            t.HasCheckConstraint("ck_support_tickets_sla", "sla_first_response_minutes >= 0 AND sla_resolution_minutes >= 0");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.TicketId).HasColumnName("ticket_id").HasMaxLength(SupportTicket.MaxTicketIdLength);
        builder.BelongsToClient();
        builder.Property(t => t.ExternalId).HasColumnName("external_id").HasMaxLength(SupportTicket.MaxExternalIdLength);
        builder.HasIndex(t => t.ExternalId).IsUnique();
        builder.Property(t => t.Subject).HasColumnName("subject").HasMaxLength(SupportTicket.MaxSubjectLength);
        builder.Property(t => t.Description).HasColumnName("description");
        builder.Property(t => t.Priority).HasColumnName("priority").HasMaxLength(2).HasConversion<EnumCodeConverter<TicketPriority>>();
        builder.Property(t => t.Category).HasColumnName("category").HasMaxLength(30).HasConversion<EnumCodeConverter<TicketCategory>>();
        builder.Property(t => t.Status).HasColumnName("status").HasMaxLength(30).HasConversion<EnumCodeConverter<TicketStatus>>();
        builder.Property(t => t.RequesterEmail).HasColumnName("requester_email").HasMaxLength(Client.MaxEmailLength);
        builder.Property(t => t.RequesterName).HasColumnName("requester_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(t => t.AssignedAgent).HasColumnName("assigned_agent").HasMaxLength(Client.MaxNameLength);
        builder.Property(t => t.AssignedTeam).HasColumnName("assigned_team").HasMaxLength(100);
        builder.Property(t => t.Tags).HasColumnName("tags").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(t => t.CreatedAt).HasColumnName("created_at");
        builder.Property(t => t.UpdatedAt).HasColumnName("updated_at");
        builder.Property(t => t.FirstResponseAt).HasColumnName("first_response_at");
        builder.Property(t => t.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(t => t.ClosedAt).HasColumnName("closed_at");
        builder.Property(t => t.SlaFirstResponseMinutes).HasColumnName("sla_first_response_minutes");
        builder.Property(t => t.SlaResolutionMinutes).HasColumnName("sla_resolution_minutes");
        builder.Property(t => t.SatisfactionRating).HasColumnName("satisfaction_rating");
        builder.Property(t => t.SatisfactionComment).HasColumnName("satisfaction_comment");
        builder.Property(t => t.Escalated).HasColumnName("escalated");
        builder.Property(t => t.EscalatedAt).HasColumnName("escalated_at");
        builder.Property(t => t.EscalationReason).HasColumnName("escalation_reason");
        builder.Property(t => t.ResolutionNotes).HasColumnName("resolution_notes");
        builder.Ignore(t => t.IsUrgent);
        builder.Ignore(t => t.MinutesToFirstResponse);
        builder.Ignore(t => t.MinutesToResolution);

        // Priority is in the index so the health facts' per-client urgent-ticket count reads the index alone.
        builder.HasIndex(t => new { t.ClientId, t.CreatedAt, t.Priority });
        builder.HasIndex(t => new { t.ClientId, t.Status });
        builder.HasIndex(t => new { t.Priority, t.CreatedAt });
        builder.HasIndex(t => new { t.Status, t.Priority });
        builder.HasIndex(t => new { t.AssignedAgent, t.Status });
    }
}
