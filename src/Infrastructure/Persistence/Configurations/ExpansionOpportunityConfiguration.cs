using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ExpansionOpportunityConfiguration : IEntityTypeConfiguration<ExpansionOpportunity>
{
    public void Configure(EntityTypeBuilder<ExpansionOpportunity> builder)
    {
        builder.ToTable("expansion_opportunities", t =>
        {
            t.HasCheckConstraint("ck_expansion_opportunities_probability", "probability >= 0 AND probability <= 1");
            t.HasCheckConstraint("ck_expansion_opportunities_value", "estimated_value >= 0");
            t.HasCheckConstraint("ck_expansion_opportunities_closed",
                "(stage IN ('closed_won', 'closed_lost')) = (closed_at IS NOT NULL)");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id");
        builder.Property(o => o.OpportunityId).HasColumnName("opportunity_id").HasMaxLength(ExpansionOpportunity.MaxOpportunityIdLength);
        builder.HasIndex(o => o.OpportunityId).IsUnique();
        builder.BelongsToClient();
        builder.Property(o => o.Name).HasColumnName("name").HasMaxLength(ExpansionOpportunity.MaxNameLength);
        builder.Property(o => o.ExpansionType).HasColumnName("expansion_type").HasMaxLength(30).HasConversion<EnumCodeConverter<ExpansionType>>();
        builder.Property(o => o.EstimatedValue).HasColumnName("estimated_value");
        builder.Property(o => o.Probability).HasColumnName("probability").HasPrecision(5, 4);
        builder.Property(o => o.Stage).HasColumnName("stage").HasMaxLength(20).HasConversion<EnumCodeConverter<OpportunityStage>>();
        builder.Property(o => o.ExpectedCloseDate).HasColumnName("expected_close_date");
        builder.Property(o => o.Owner).HasColumnName("owner").HasMaxLength(Client.MaxNameLength);
        builder.Property(o => o.Source).HasColumnName("source").HasMaxLength(ExpansionOpportunity.MaxSourceLength);
        builder.Property(o => o.CreatedAt).HasColumnName("created_at");
        builder.Property(o => o.UpdatedAt).HasColumnName("updated_at");
        builder.Property(o => o.ClosedAt).HasColumnName("closed_at");
        builder.Ignore(o => o.IsOpen);
        builder.Ignore(o => o.WeightedValue);

        // The same detected opportunity is stored once while open: one open row per client and expansion type.
        builder.HasIndex(o => new { o.ClientId, o.ExpansionType }).IsUnique().HasFilter("closed_at IS NULL")
            .HasDatabaseName("UX_expansion_opportunities_open_client_type");
        builder.HasIndex(o => new { o.ClientId, o.Stage });
        builder.HasIndex(o => new { o.Stage, o.ExpectedCloseDate });
    }
}
