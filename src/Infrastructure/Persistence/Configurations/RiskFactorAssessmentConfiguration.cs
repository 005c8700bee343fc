using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class RiskFactorAssessmentConfiguration : IEntityTypeConfiguration<RiskFactorAssessment>
{
    public void Configure(EntityTypeBuilder<RiskFactorAssessment> builder)
    {
        builder.ToTable("risk_assessments", t =>
            t.HasCheckConstraint("ck_risk_assessments_overall", "overall_risk_score IS NULL OR (overall_risk_score >= 0 AND overall_risk_score <= 100)"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(a => a.AssessedAt).HasColumnName("assessed_at");
        builder.Property(a => a.LookbackDays).HasColumnName("lookback_days");
        builder.Property(a => a.OverallRiskScore).HasColumnName("overall_risk_score").HasPrecision(5, 2);
        builder.Property(a => a.RiskLevel).HasColumnName("risk_level").HasMaxLength(10).HasConversion<EnumCodeConverter<RiskLevel>>();
        builder.HasMany(a => a.Factors).WithOne().HasForeignKey(f => f.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ClientId, a.AssessedAt });
    }
}

public sealed class RiskFactorScoreConfiguration : IEntityTypeConfiguration<RiskFactorScore>
{
    public void Configure(EntityTypeBuilder<RiskFactorScore> builder)
    {
        builder.ToTable("risk_factor_scores", t =>
        {
            t.HasCheckConstraint("ck_risk_factor_scores_score", "score IS NULL OR (score >= 0 AND score <= 100)");
            t.HasCheckConstraint("ck_risk_factor_scores_weight", "weight >= 0 AND weight <= 1");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id");
        builder.Property(f => f.AssessmentId).HasColumnName("assessment_id");
        builder.BelongsToClient();
        builder.Property(f => f.Factor).HasColumnName("factor").HasMaxLength(30).HasConversion<EnumCodeConverter<RiskFactor>>();
        builder.Property(f => f.Score).HasColumnName("score").HasPrecision(5, 2);
        builder.Property(f => f.Weight).HasColumnName("weight").HasPrecision(5, 4);
        builder.Property(f => f.Derivation).HasColumnName("derivation");
        builder.Property(f => f.AssessedAt).HasColumnName("assessed_at");
        builder.HasIndex(f => new { f.ClientId, f.Factor, f.AssessedAt });
        builder.HasIndex(f => f.AssessmentId);
    }
}
