using CsMcp.Domain.Feedback;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class FeedbackItemConfiguration : IEntityTypeConfiguration<FeedbackItem>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> builder)
    {
        builder.ToTable("feedback_items", t =>
            t.HasCheckConstraint("ck_feedback_items_sentiment_score", "sentiment_score >= -1 AND sentiment_score <= 1"));
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id");
        builder.Property(f => f.FeedbackId).HasColumnName("feedback_id").HasMaxLength(FeedbackItem.MaxIdLength);
        builder.HasIndex(f => f.FeedbackId).IsUnique();
        builder.BelongsToClient();
        builder.Property(f => f.FeedbackType).HasColumnName("feedback_type").HasMaxLength(20).HasConversion<EnumCodeConverter<FeedbackType>>();
        builder.Property(f => f.Source).HasColumnName("source").HasMaxLength(FeedbackItem.MaxSourceLength);
        builder.Property(f => f.SubmitterName).HasColumnName("submitter_name").HasMaxLength(FeedbackItem.MaxNameLength);
        builder.Property(f => f.SubmitterEmail).HasColumnName("submitter_email").HasMaxLength(320);
        builder.Property(f => f.Title).HasColumnName("title").HasMaxLength(FeedbackItem.MaxTitleLength);
        builder.Property(f => f.Content).HasColumnName("content").HasMaxLength(FeedbackItem.MaxContentLength);
        builder.Property(f => f.Category).HasColumnName("category").HasMaxLength(FeedbackItem.MaxCategoryLength);
        builder.Property(f => f.Subcategory).HasColumnName("subcategory").HasMaxLength(FeedbackItem.MaxCategoryLength);
        builder.Property(f => f.Tags).HasColumnName("tags").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(f => f.Priority).HasColumnName("priority").HasMaxLength(10).HasConversion<EnumCodeConverter<FeedbackPriority>>();
        builder.Property(f => f.SentimentScore).HasColumnName("sentiment_score").HasPrecision(3, 2);
        builder.Property(f => f.Sentiment).HasColumnName("sentiment").HasMaxLength(20).HasConversion<EnumCodeConverter<SentimentLabel>>();
        builder.Property(f => f.Themes).HasColumnName("themes").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(f => f.Emotion).HasColumnName("emotion").HasMaxLength(20);
        builder.Property(f => f.Status).HasColumnName("status").HasMaxLength(10).HasConversion<EnumCodeConverter<FeedbackStatus>>();
        builder.Property(f => f.FollowUpRequired).HasColumnName("follow_up_required");
        builder.Property(f => f.FollowUpDue).HasColumnName("follow_up_due");
        builder.Property(f => f.Owner).HasColumnName("owner").HasMaxLength(FeedbackItem.MaxOwnerLength);
        builder.Property(f => f.EscalationRequired).HasColumnName("escalation_required");
        builder.Property(f => f.ClosedLoop).HasColumnName("closed_loop");
        builder.Property(f => f.ClosedAt).HasColumnName("closed_at");
        builder.Property(f => f.ClosureNotes).HasColumnName("closure_notes").HasMaxLength(FeedbackItem.MaxNotesLength);
        builder.Property(f => f.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(FeedbackItem.MaxIdempotencyKeyLength);
        builder.HasIndex(f => f.IdempotencyKey).IsUnique();
        builder.Property(f => f.SubmittedAt).HasColumnName("submitted_at");
        builder.HasIndex(f => new { f.ClientId, f.SubmittedAt });
        builder.HasIndex(f => f.SubmittedAt);
    }
}
