using CsMcp.Domain.Retention;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class RetentionCampaignConfiguration : IEntityTypeConfiguration<RetentionCampaign>
{
    public void Configure(EntityTypeBuilder<RetentionCampaign> builder)
    {
        builder.ToTable("retention_campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.CampaignId).HasColumnName("campaign_id").HasMaxLength(RetentionCampaign.MaxIdLength);
        builder.HasIndex(c => c.CampaignId).IsUnique();
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(RetentionCampaign.MaxNameLength);
        builder.Property(c => c.CampaignType).HasColumnName("campaign_type").HasMaxLength(30).HasConversion<EnumCodeConverter<CampaignType>>();
        builder.Property(c => c.InterventionLevel).HasColumnName("intervention_level").HasMaxLength(20).HasConversion<EnumCodeConverter<InterventionLevel>>();
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<CampaignStatus>>();
        builder.Property(c => c.Owner).HasColumnName("owner").HasMaxLength(PlaybookStep.MaxOwnerLength);
        builder.Property(c => c.IdempotencyKey).HasColumnName("idempotency_key").HasMaxLength(RetentionCampaign.MaxIdempotencyKeyLength);
        builder.HasIndex(c => c.IdempotencyKey).IsUnique();
        builder.Property(c => c.Selection).HasColumnName("selection").HasMaxLength(RetentionCampaign.MaxSelectionLength);
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.CampaignRowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Enrolments).WithOne().HasForeignKey(e => e.CampaignRowId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
    }
}

public sealed class PlaybookStepConfiguration : IEntityTypeConfiguration<PlaybookStep>
{
    public void Configure(EntityTypeBuilder<PlaybookStep> builder)
    {
        builder.ToTable("retention_campaign_steps", t => t.HasCheckConstraint("ck_retention_campaign_steps_due", "due_after_days >= 0"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.Property(s => s.CampaignRowId).HasColumnName("campaign_row_id");
        builder.Property(s => s.Sequence).HasColumnName("sequence");
        builder.Property(s => s.StepType).HasColumnName("step_type").HasMaxLength(30).HasConversion<EnumCodeConverter<PlaybookStepType>>();
        builder.Property(s => s.Owner).HasColumnName("owner").HasMaxLength(PlaybookStep.MaxOwnerLength);
        builder.Property(s => s.DueAfterDays).HasColumnName("due_after_days");
        builder.HasIndex(s => new { s.CampaignRowId, s.Sequence }).IsUnique();
    }
}

public sealed class CampaignEnrolmentConfiguration : IEntityTypeConfiguration<CampaignEnrolment>
{
    public void Configure(EntityTypeBuilder<CampaignEnrolment> builder)
    {
        builder.ToTable("retention_campaign_enrolments", t => t.HasCheckConstraint("ck_retention_campaign_enrolments_steps", "steps_completed >= 0"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.CampaignRowId).HasColumnName("campaign_row_id");
        builder.BelongsToClient();
        builder.Property(e => e.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<EnrolmentStatus>>();
        builder.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(20).HasConversion<EnumCodeConverter<EnrolmentOutcome>>();
        builder.Property(e => e.StepsCompleted).HasColumnName("steps_completed");
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(CampaignEnrolment.MaxReasonLength);
        builder.Property(e => e.HealthAtEnrolment).HasColumnName("health_at_enrolment");
        builder.Property(e => e.RuleId).HasColumnName("rule_id").HasMaxLength(RetentionTriggerRule.MaxIdLength);
        builder.Property(e => e.EnrolledAt).HasColumnName("enrolled_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(e => new { e.CampaignRowId, e.ClientId }).IsUnique();
        builder.HasIndex(e => new { e.ClientId, e.EnrolledAt });
    }
}

public sealed class RetentionTriggerRuleConfiguration : IEntityTypeConfiguration<RetentionTriggerRule>
{
    public void Configure(EntityTypeBuilder<RetentionTriggerRule> builder)
    {
        builder.ToTable("retention_trigger_rules", t => t.HasCheckConstraint("ck_retention_trigger_rules_lookback", "lookback_days >= 1"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.RuleId).HasColumnName("rule_id").HasMaxLength(RetentionTriggerRule.MaxIdLength);
        builder.HasIndex(r => r.RuleId).IsUnique();
        builder.Property(r => r.TriggerType).HasColumnName("trigger_type").HasMaxLength(20).HasConversion<EnumCodeConverter<RetentionTriggerType>>();
        builder.Property(r => r.Threshold).HasColumnName("threshold").HasPrecision(9, 2);
        builder.Property(r => r.RenewalWithinDays).HasColumnName("renewal_within_days");
        builder.Property(r => r.LookbackDays).HasColumnName("lookback_days");
        builder.Property(r => r.CampaignId).HasColumnName("campaign_id").HasMaxLength(RetentionCampaign.MaxIdLength);
        builder.HasOne<RetentionCampaign>().WithMany().HasForeignKey(r => r.CampaignId).HasPrincipalKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Active).HasColumnName("active");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.LastEvaluatedAt).HasColumnName("last_evaluated_at");
        builder.Property(r => r.LastMatchedCount).HasColumnName("last_matched_count");
        builder.HasIndex(r => new { r.CampaignId, r.Active });
    }
}
