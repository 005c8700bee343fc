using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthFactsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_survey_responses_client_id_survey_type_responded_at",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_support_tickets_client_id_created_at",
                table: "support_tickets");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_client_id_survey_type_responded_at_score",
                table: "survey_responses",
                columns: new[] { "client_id", "survey_type", "responded_at", "score" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_client_id_created_at_priority",
                table: "support_tickets",
                columns: new[] { "client_id", "created_at", "priority" });

            migrationBuilder.CreateIndex(
                name: "IX_feature_adoptions_client_id_last_used_at_first_used_at",
                table: "feature_adoptions",
                columns: new[] { "client_id", "last_used_at", "first_used_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_survey_responses_client_id_survey_type_responded_at_score",
                table: "survey_responses");

            migrationBuilder.DropIndex(
                name: "IX_support_tickets_client_id_created_at_priority",
                table: "support_tickets");

            migrationBuilder.DropIndex(
                name: "IX_feature_adoptions_client_id_last_used_at_first_used_at",
                table: "feature_adoptions");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_client_id_survey_type_responded_at",
                table: "survey_responses",
                columns: new[] { "client_id", "survey_type", "responded_at" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_client_id_created_at",
                table: "support_tickets",
                columns: new[] { "client_id", "created_at" });
        }
    }
}
