using CsMcp.Domain.Clients;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CsMcp.Infrastructure.Persistence.Configurations;

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses", t =>
        {
            t.HasCheckConstraint("ck_survey_responses_score",
                "(survey_type = 'nps' AND score >= 0 AND score <= 10) OR (survey_type = 'csat' AND score >= 1 AND score <= 5) "
                + "OR (survey_type = 'ces' AND score >= 1 AND score <= 7)");
            t.HasCheckConstraint("ck_survey_responses_nps_category",
                "(survey_type <> 'nps' AND nps_category IS NULL) OR (survey_type = 'nps' AND ("
                + "(score >= 9 AND nps_category = 'promoter') OR (score >= 7 AND score <= 8 AND nps_category = 'passive') "
                + "OR (score <= 6 AND nps_category = 'detractor')))");
            t.HasCheckConstraint("ck_survey_responses_sent", "sent_at IS NULL OR sent_at <= responded_at");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.ResponseId).HasColumnName("response_id").HasMaxLength(SurveyResponse.MaxResponseIdLength);
        builder.HasIndex(r => r.ResponseId).IsUnique();
        builder.BelongsToClient();
        builder.Property(r => r.SurveyType).HasColumnName("survey_type").HasMaxLength(10).HasConversion<EnumCodeConverter<SurveyType>>();
        builder.Property(r => r.SurveyId).HasColumnName("survey_id").HasMaxLength(SurveyResponse.MaxSurveyIdLength);
        builder.Property(r => r.Score).HasColumnName("score");
        builder.Property(r => r.NpsCategory).HasColumnName("nps_category").HasMaxLength(10).HasConversion<EnumCodeConverter<NpsCategory>>();
        builder.Property(r => r.RespondentEmail).HasColumnName("respondent_email").HasMaxLength(Client.MaxEmailLength);
        builder.Property(r => r.RespondentName).HasColumnName("respondent_name").HasMaxLength(Client.MaxNameLength);
        builder.Property(r => r.Comment).HasColumnName("comment");
        builder.Property(r => r.TicketId).HasColumnName("ticket_id").HasMaxLength(SupportTicket.MaxTicketIdLength);
        builder.HasOne<SupportTicket>().WithMany().HasForeignKey(r => r.TicketId).HasPrincipalKey(t => t.TicketId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(r => r.SentAt).HasColumnName("sent_at");
        builder.Property(r => r.RespondedAt).HasColumnName("responded_at");

        // Score is in the index so the health facts' per-client NPS and CSAT counts read the index alone.
        builder.HasIndex(r => new { r.ClientId, r.SurveyType, r.RespondedAt, r.Score });
        builder.HasIndex(r => new { r.SurveyType, r.RespondedAt });
        builder.HasIndex(r => r.TicketId);
    }
}
