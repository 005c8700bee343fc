using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackAndInsights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feedback_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    feedback_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    feedback_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    submitter_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    submitter_email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    subcategory = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    sentiment_score = table.Column<double>(type: "REAL", precision: 3, scale: 2, nullable: false),
                    sentiment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    themes = table.Column<string>(type: "TEXT", nullable: false),
                    emotion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    follow_up_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    follow_up_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    escalation_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    closed_loop = table.Column<bool>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closure_notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback_items", x => x.id);
                    table.CheckConstraint("ck_feedback_items_sentiment_score", "sentiment_score >= -1 AND sentiment_score <= 1");
                    table.ForeignKey(
                        name: "FK_feedback_items_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_insights",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    insight_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    insight_type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    feedback_ids = table.Column<string>(type: "TEXT", nullable: false),
                    affected_client_ids = table.Column<string>(type: "TEXT", nullable: false),
                    customer_impact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    business_impact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recommended_action = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    recipients = table.Column<string>(type: "TEXT", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    business_value_score = table.Column<double>(type: "REAL", precision: 3, scale: 1, nullable: false),
                    urgency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    executive_escalation = table.Column<bool>(type: "INTEGER", nullable: false),
                    delivery_status = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_product_insights", x => x.id);
                    table.CheckConstraint("ck_product_insights_business_value", "business_value_score >= 0 AND business_value_score <= 10");
                });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_client_id_submitted_at",
                table: "feedback_items",
                columns: new[] { "client_id", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_feedback_id",
                table: "feedback_items",
                column: "feedback_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_idempotency_key",
                table: "feedback_items",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_submitted_at",
                table: "feedback_items",
                column: "submitted_at");

            migrationBuilder.CreateIndex(
                name: "IX_product_insights_created_at",
                table: "product_insights",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_product_insights_idempotency_key",
                table: "product_insights",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_product_insights_insight_id",
                table: "product_insights",
                column: "insight_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback_items");

            migrationBuilder.DropTable(
                name: "product_insights");
        }
    }
}
