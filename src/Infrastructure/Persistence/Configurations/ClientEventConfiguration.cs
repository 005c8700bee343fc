using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ClientEventConfiguration : IEntityTypeConfiguration<ClientEvent>
{
    public void Configure(EntityTypeBuilder<ClientEvent> builder)
    {
        builder.ToTable("client_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Ignore(e => e.EventId);
        builder.Property(e => e.ClientId).HasColumnName("client_id").HasMaxLength(100);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).HasPrincipalKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.EventType).HasColumnName("event_type").HasMaxLength(20).HasConversion<EnumCodeConverter<TimelineEventType>>();
        builder.Property(e => e.Category).HasColumnName("category").HasMaxLength(50);
        builder.Property(e => e.Title).HasColumnName("title").HasMaxLength(200);
        builder.Property(e => e.Description).HasColumnName("description");
        builder.Property(e => e.Impact).HasColumnName("impact").HasMaxLength(10).HasConversion<EnumCodeConverter<EventImpact>>();
        builder.Property(e => e.Severity).HasColumnName("severity").HasMaxLength(10).HasConversion<EnumCodeConverter<EventSeverity>>();
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.Metadata).HasColumnName("metadata")
            .HasConversion(JsonDictionaryConversion.Converter, JsonDictionaryConversion.Comparer);
        builder.HasIndex(e => new { e.ClientId, e.OccurredAt });
    }
}
