using CsMcp.Domain.Clients;
using CsMcp.Domain.Engagement;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> builder)
    {
        builder.ToTable("engagement_events", t =>
            t.HasCheckConstraint("ck_engagement_events_duration", "duration_minutes IS NULL OR duration_minutes >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(e => e.ExternalId).HasColumnName("external_id").HasMaxLength(EngagementEvent.MaxExternalIdLength);
        builder.HasIndex(e => e.ExternalId).IsUnique();
        builder.Property(e => e.EventType).HasColumnName("event_type").HasMaxLength(20).HasConversion<EnumCodeConverter<EngagementType>>();
        builder.Property(e => e.Direction).HasColumnName("direction").HasMaxLength(10).HasConversion<EnumCodeConverter<EngagementDirection>>();
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.ContactName).HasColumnName("contact_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(e => e.ContactEmail).HasColumnName("contact_email").HasMaxLength(Client.MaxEmailLength);
        builder.Property(e => e.DurationMinutes).HasColumnName("duration_minutes");
        builder.Property(e => e.Summary).HasColumnName("summary").HasMaxLength(EngagementEvent.MaxSummaryLength);

        builder.HasIndex(e => new { e.ClientId, e.OccurredAt });
    }
}
