using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("clients", t =>
        {
            t.HasCheckConstraint("ck_clients_health_score", "health_score IS NULL OR (health_score >= 0 AND health_score <= 100)");
            t.HasCheckConstraint("ck_clients_contract_value", "contract_value >= 0");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.ClientId).HasColumnName("client_id").HasMaxLength(100);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.ClientName).HasColumnName("client_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.NormalizedName).HasColumnName("normalized_name").HasMaxLength(Client.MaxNameLength);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
        builder.Property(c => c.CompanyName).HasColumnName("company_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.Industry).HasColumnName("industry").HasMaxLength(Client.MaxIndustryLength);
        builder.Property(c => c.Tier).HasColumnName("tier").HasMaxLength(20).HasConversion<EnumCodeConverter<ClientTier>>();
        builder.Property(c => c.LifecycleStage).HasColumnName("lifecycle_stage").HasMaxLength(20).HasConversion<EnumCodeConverter<LifecycleStage>>();
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20).HasConversion<EnumCodeConverter<AccountStatus>>();
        builder.Property(c => c.ContractValue).HasColumnName("contract_value");
        builder.Property(c => c.ContractStartDate).HasColumnName("contract_start_date");
        builder.Property(c => c.ContractEndDate).HasColumnName("contract_end_date");
        builder.Property(c => c.RenewalDate).HasColumnName("renewal_date");
        builder.Property(c => c.PrimaryContactEmail).HasColumnName("primary_contact_email").HasMaxLength(Client.MaxEmailLength);
        builder.Property(c => c.PrimaryContactName).HasColumnName("primary_contact_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.CsmAssigned).HasColumnName("csm_assigned").HasMaxLength(Client.MaxNameLength);
        builder.Property(c => c.HealthScore).HasColumnName("health_score");
        builder.Property(c => c.HealthTrend).HasColumnName("health_trend").HasMaxLength(20).HasConversion<EnumCodeConverter<HealthTrend>>();
        builder.Property(c => c.HealthCalculatedAt).HasColumnName("health_calculated_at");
        builder.Property(c => c.LastEngagementAt).HasColumnName("last_engagement_at");
        builder.Property(c => c.ZendeskOrganizationId).HasColumnName("zendesk_organization_id").HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(c => c.ZendeskOrganizationId).IsUnique();
        builder.Property(c => c.IntercomCompanyId).HasColumnName("intercom_company_id").HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(c => c.IntercomCompanyId).IsUnique();
        builder.Property(c => c.MixpanelGroupKey).HasColumnName("mixpanel_group_key").HasMaxLength(ExternalIds.MaxLength);
        builder.HasIndex(c => c.MixpanelGroupKey).IsUnique();
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");

        builder.HasIndex(c => c.Tier);
        builder.HasIndex(c => c.LifecycleStage);
        builder.HasIndex(c => c.HealthScore);
        builder.HasIndex(c => c.RenewalDate);
        builder.HasIndex(c => new { c.CsmAssigned, c.LifecycleStage });
    }
}
