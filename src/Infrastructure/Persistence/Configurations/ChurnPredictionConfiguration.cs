using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ChurnPredictionConfiguration : IEntityTypeConfiguration<ChurnPrediction>
{
    public void Configure(EntityTypeBuilder<ChurnPrediction> builder)
    {
        builder.ToTable("churn_predictions", t =>
        {
            t.HasCheckConstraint("ck_churn_predictions_probability", "probability >= 0 AND probability <= 1");
            t.HasCheckConstraint("ck_churn_predictions_base_probability", "base_probability >= 0 AND base_probability <= 1");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(p => p.PredictedAt).HasColumnName("predicted_at");
        builder.Property(p => p.Probability).HasColumnName("probability").HasPrecision(5, 4);
        builder.Property(p => p.BaseProbability).HasColumnName("base_probability").HasPrecision(5, 4);
        builder.Property(p => p.RiskLevel).HasColumnName("risk_level").HasMaxLength(10).HasConversion<EnumCodeConverter<RiskLevel>>();
        builder.Property(p => p.HealthScore).HasColumnName("health_score");
        builder.Property(p => p.ArrAtRisk).HasColumnName("arr_at_risk");
        builder.Property(p => p.ModelVersion).HasColumnName("model_version").HasMaxLength(30);
        builder.Property(p => p.Signals).HasColumnName("signals").HasConversion(JsonListConversion.Converter, JsonListConversion.Comparer);
        builder.Property(p => p.Inputs).HasColumnName("inputs").HasConversion(JsonDictionaryConversion.Converter, JsonDictionaryConversion.Comparer);
        builder.HasIndex(p => new { p.ClientId, p.PredictedAt });
        builder.HasIndex(p => new { p.RiskLevel, p.PredictedAt });
    }
}
