using CsMcp.Domain.Usage;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class UsagePeriodConfiguration : IEntityTypeConfiguration<UsagePeriod>
{
    public void Configure(EntityTypeBuilder<UsagePeriod> builder)
    {
        builder.ToTable("usage_periods", t =>
        {
            t.HasCheckConstraint("ck_usage_periods_dates", "period_end >= period_start");
            t.HasCheckConstraint("ck_usage_periods_counts",
                "total_users >= 0 AND active_users >= 0 AND daily_active_users >= 0 AND weekly_active_users >= 0 AND monthly_active_users >= 0 "
                + "AND total_logins >= 0 AND total_session_minutes >= 0 AND total_actions >= 0");
            t.HasCheckConstraint("ck_usage_periods_active", "daily_active_users <= weekly_active_users AND weekly_active_users <= monthly_active_users");
        });
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasColumnName("id");
        builder.BelongsToClient();
        builder.Property(u => u.Granularity).HasColumnName("granularity").HasMaxLength(10).HasConversion<EnumCodeConverter<UsageGranularity>>();
        builder.Property(u => u.PeriodStart).HasColumnName("period_start");
        builder.Property(u => u.PeriodEnd).HasColumnName("period_end");
        builder.Property(u => u.TotalUsers).HasColumnName("total_users");
        builder.Property(u => u.ActiveUsers).HasColumnName("active_users");
        builder.Property(u => u.DailyActiveUsers).HasColumnName("daily_active_users");
        builder.Property(u => u.WeeklyActiveUsers).HasColumnName("weekly_active_users");
        builder.Property(u => u.MonthlyActiveUsers).HasColumnName("monthly_active_users");
        builder.Property(u => u.TotalLogins).HasColumnName("total_logins");
        builder.Property(u => u.TotalSessionMinutes).HasColumnName("total_session_minutes");
        builder.Property(u => u.TotalActions).HasColumnName("total_actions");
        builder.Property(u => u.CreatedAt).HasColumnName("created_at");

        builder.HasIndex(u => new { u.ClientId, u.Granularity, u.PeriodStart }).IsUnique();
        builder.HasIndex(u => new { u.Granularity, u.PeriodStart });
        // Covers the health facts' periods overlapping a window, read for every client of a portfolio scan.
        builder.HasIndex(u => new { u.ClientId, u.PeriodStart, u.PeriodEnd, u.Granularity, u.TotalUsers, u.ActiveUsers, u.TotalLogins })
            .HasDatabaseName("IX_usage_periods_client_id_window_covering");
    }
}
