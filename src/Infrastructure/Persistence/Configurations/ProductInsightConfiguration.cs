using CsMcp.Domain.Feedback;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ProductInsightConfiguration : IEntityTypeConfiguration<ProductInsight>
{
    public void Configure(EntityTypeBuilder<ProductInsight> builder)
    {
        builder.ToTable("product_insights", t =>
            t.HasCheckConstraint("ck_product_insights_business_value", "business_value_score >= 0 AND business_value_score <= 10"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id");
        builder.Property(i => i.InsightId).HasColumnName("insight_id").HasMaxLength(ProductInsight.MaxIdLength);
        builder.HasIndex(i => i.InsightId).IsUnique();
        builder.Property(i => i.InsightType).HasColumnName("insight_type").HasMaxLength(30).HasConversion<EnumCodeConverter<ProductInsightType>>();
        builder.Property(i => i.Title).HasColumnName("title").HasMaxLength(ProductInsight.MaxTitleLength);
        builder.Property(i => i.Description).HasColumnName("description").HasMaxLength(ProductInsight.MaxTextLength);
        builder.Property(i => i.Priority).HasColumnName("priority").HasMaxLength(10).HasConversion<EnumCodeConverter<FeedbackPriority>>();
        builder.Property(i => i.FeedbackIds).HasColumnName("feedback_ids").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(i => i.AffectedClientIds).HasColumnName("affected_client_ids").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(i => i.CustomerImpact).HasColumnName("customer_impact").HasMaxLength(ProductInsight.MaxTextLength);
        builder.Property(i => i.BusinessImpact).HasColumnName("business_impact").HasMaxLength(ProductInsight.MaxTextLength);
        builder.Property(i => i.RecommendedAction).HasColumnName("recommended_action").HasMaxLength(ProductInsight.MaxTextLength);
        builder.Property(i => i.Recipients).HasColumnName("recipients").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(i => i.DueDate).HasColumnName("due_date");
        builder.Property(i => i.BusinessValueScore).HasColumnName("business_value_score").HasPrecision(3, 1);
        builder.Property(i => i.Urgency).HasColumnName("urgency").HasMaxLength(10).HasConversion<EnumCodeConverter<InsightUrgency>>();
        builder.Property(i => i.ExecutiveEscalation).HasColumnName("executive_escalation");
        builder.Property(i => i.DeliveryStatus).HasColumnName("delivery_status").HasMaxLength(200);
        builder.Property(i => i.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(100);
        builder.HasIndex(i => i.IdempotencyKey).IsUnique();
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(i => i.CreatedAt);
        builder.Property(i => i.RoadmapStatus).HasColumnName("roadmap_status").HasMaxLength(20).HasConversion<EnumCodeConverter<RoadmapStatus>>();
        builder.Property(i => i.RoadmapUpdatedAt).HasColumnName("roadmap_updated_at");
    }
}
