using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class HealthSnapshotConfiguration : IEntityTypeConfiguration<HealthSnapshot>
{
    private static readonly string[] Components = ["usage", "engagement", "support", "satisfaction", "payment"];

    public void Configure(EntityTypeBuilder<HealthSnapshot> builder)
    {
        builder.ToTable("health_snapshots", t =>
        {
            foreach (var component in Components)
            {
                t.HasCheckConstraint($"ck_health_snapshots_{component}_score", $"{component}_score IS NULL OR ({component}_score >= 0 AND {component}_score <= 100)");
                t.HasCheckConstraint($"ck_health_snapshots_{component}_weight", $"{component}_weight >= 0 AND {component}_weight <= 1");
            }

            t.HasCheckConstraint("ck_health_snapshots_overall", "overall_score >= 0 AND overall_score <= 100");
            t.HasCheckConstraint("ck_health_snapshots_previous", "previous_overall_score IS NULL OR (previous_overall_score >= 0 AND previous_overall_score <= 100)");
            t.HasCheckConstraint("ck_health_snapshots_lookback", "lookback_days >= 1");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(s => s.CalculatedAt).HasColumnName("calculated_at");
        builder.Property(s => s.LookbackDays).HasColumnName("lookback_days");
        builder.Property(s => s.ScoringModel).HasColumnName("scoring_model").HasMaxLength(30);
        builder.Property(s => s.UsageScore).HasColumnName("usage_score").HasPrecision(5, 2);
        builder.Property(s => s.EngagementScore).HasColumnName("engagement_score").HasPrecision(5, 2);
        builder.Property(s => s.SupportScore).HasColumnName("support_score").HasPrecision(5, 2);
        builder.Property(s => s.SatisfactionScore).HasColumnName("satisfaction_score").HasPrecision(5, 2);
        builder.Property(s => s.PaymentScore).HasColumnName("payment_score").HasPrecision(5, 2);
        builder.Property(s => s.UsageWeight).HasColumnName("usage_weight").HasPrecision(5, 4);
        builder.Property(s => s.EngagementWeight).HasColumnName("engagement_weight").HasPrecision(5, 4);
        builder.Property(s => s.SupportWeight).HasColumnName("support_weight").HasPrecision(5, 4);
        builder.Property(s => s.SatisfactionWeight).HasColumnName("satisfaction_weight").HasPrecision(5, 4);
        builder.Property(s => s.PaymentWeight).HasColumnName("payment_weight").HasPrecision(5, 4);
        builder.Property(s => s.OverallScore).HasColumnName("overall_score");
        builder.Property(s => s.PreviousOverallScore).HasColumnName("previous_overall_score");
        builder.Property(s => s.Trend).HasColumnName("trend").HasMaxLength(20).HasConversion<EnumCodeConverter<HealthTrend>>();
        builder.Property(s => s.Inputs).HasColumnName("inputs")
            .HasConversion(JsonDictionaryConversion.Converter, JsonDictionaryConversion.Comparer);
        builder.Ignore(s => s.ScoreChange);

        builder.HasIndex(s => new { s.ClientId, s.CalculatedAt });
        builder.HasIndex(s => s.CalculatedAt);
    }
}
