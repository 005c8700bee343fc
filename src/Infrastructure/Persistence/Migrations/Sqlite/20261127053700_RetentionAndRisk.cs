using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RetentionAndRisk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "churn_predictions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    predicted_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    probability = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    risk_level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    health_score = table.Column<int>(type: "INTEGER", nullable: true),
                    base_probability = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    arr_at_risk = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    model_version = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    signals = table.Column<string>(type: "TEXT", nullable: false),
                    inputs = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_churn_predictions", x => x.id);
                    table.CheckConstraint("ck_churn_predictions_base_probability", "base_probability >= 0 AND base_probability <= 1");
                    table.CheckConstraint("ck_churn_predictions_probability", "probability >= 0 AND probability <= 1");
                    table.ForeignKey(
                        name: "FK_churn_predictions_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "churn_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    churned_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    lost_arr = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_churn_records", x => x.id);
                    table.CheckConstraint("ck_churn_records_lost_arr", "lost_arr >= 0");
                    table.ForeignKey(
                        name: "FK_churn_records_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    escalation_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    resolution_notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    sla_hours = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    resolved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.id);
                    table.CheckConstraint("ck_escalations_resolved", "resolved_at IS NULL OR resolved_at >= created_at");
                    table.CheckConstraint("ck_escalations_sla_hours", "sla_hours > 0");
                    table.ForeignKey(
                        name: "FK_escalations_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "retention_campaigns",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    campaign_type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    intervention_level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    selection = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_campaigns", x => x.id);
                    table.UniqueConstraint("AK_retention_campaigns_campaign_id", x => x.campaign_id);
                });

            migrationBuilder.CreateTable(
                name: "risk_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    assessed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lookback_days = table.Column<int>(type: "INTEGER", nullable: false),
                    overall_risk_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    risk_level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_assessments", x => x.id);
                    table.CheckConstraint("ck_risk_assessments_overall", "overall_risk_score IS NULL OR (overall_risk_score >= 0 AND overall_risk_score <= 100)");
                    table.ForeignKey(
                        name: "FK_risk_assessments_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "retention_campaign_enrolments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    campaign_row_id = table.Column<long>(type: "INTEGER", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    steps_completed = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    health_at_enrolment = table.Column<int>(type: "INTEGER", nullable: true),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    enrolled_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_campaign_enrolments", x => x.id);
                    table.CheckConstraint("ck_retention_campaign_enrolments_steps", "steps_completed >= 0");
                    table.ForeignKey(
                        name: "FK_retention_campaign_enrolments_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_retention_campaign_enrolments_retention_campaigns_campaign_row_id",
                        column: x => x.campaign_row_id,
                        principalTable: "retention_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "retention_campaign_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    campaign_row_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    step_type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    due_after_days = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_campaign_steps", x => x.id);
                    table.CheckConstraint("ck_retention_campaign_steps_due", "due_after_days >= 0");
                    table.ForeignKey(
                        name: "FK_retention_campaign_steps_retention_campaigns_campaign_row_id",
                        column: x => x.campaign_row_id,
                        principalTable: "retention_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "retention_trigger_rules",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    trigger_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    threshold = table.Column<double>(type: "REAL", precision: 9, scale: 2, nullable: false),
                    renewal_within_days = table.Column<int>(type: "INTEGER", nullable: true),
                    lookback_days = table.Column<int>(type: "INTEGER", nullable: false),
                    campaign_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_evaluated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_matched_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_trigger_rules", x => x.id);
                    table.CheckConstraint("ck_retention_trigger_rules_lookback", "lookback_days >= 1");
                    table.ForeignKey(
                        name: "FK_retention_trigger_rules_retention_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "retention_campaigns",
                        principalColumn: "campaign_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_factor_scores",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    factor = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    derivation = table.Column<string>(type: "TEXT", nullable: false),
                    assessed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_risk_factor_scores", x => x.id);
                    table.CheckConstraint("ck_risk_factor_scores_score", "score IS NULL OR (score >= 0 AND score <= 100)");
                    table.CheckConstraint("ck_risk_factor_scores_weight", "weight >= 0 AND weight <= 1");
                    table.ForeignKey(
                        name: "FK_risk_factor_scores_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_risk_factor_scores_risk_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "risk_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_churn_predictions_client_id_predicted_at",
                table: "churn_predictions",
                columns: new[] { "client_id", "predicted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_churn_predictions_risk_level_predicted_at",
                table: "churn_predictions",
                columns: new[] { "risk_level", "predicted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_churn_records_churned_on",
                table: "churn_records",
                column: "churned_on");

            migrationBuilder.CreateIndex(
                name: "IX_churn_records_client_id",
                table: "churn_records",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_escalations_client_id_created_at",
                table: "escalations",
                columns: new[] { "client_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_escalations_escalation_id",
                table: "escalations",
                column: "escalation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_escalations_status_severity",
                table: "escalations",
                columns: new[] { "status", "severity" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaign_enrolments_campaign_row_id_client_id",
                table: "retention_campaign_enrolments",
                columns: new[] { "campaign_row_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaign_enrolments_client_id_enrolled_at",
                table: "retention_campaign_enrolments",
                columns: new[] { "client_id", "enrolled_at" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaign_steps_campaign_row_id_sequence",
                table: "retention_campaign_steps",
                columns: new[] { "campaign_row_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaigns_campaign_id",
                table: "retention_campaigns",
                column: "campaign_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaigns_idempotency_key",
                table: "retention_campaigns",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_campaigns_status_created_at",
                table: "retention_campaigns",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_trigger_rules_campaign_id_active",
                table: "retention_trigger_rules",
                columns: new[] { "campaign_id", "active" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_trigger_rules_rule_id",
                table: "retention_trigger_rules",
                column: "rule_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_risk_assessments_client_id_assessed_at",
                table: "risk_assessments",
                columns: new[] { "client_id", "assessed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_risk_factor_scores_assessment_id",
                table: "risk_factor_scores",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "IX_risk_factor_scores_client_id_factor_assessed_at",
                table: "risk_factor_scores",
                columns: new[] { "client_id", "factor", "assessed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "churn_predictions");

            migrationBuilder.DropTable(
                name: "churn_records");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "retention_campaign_enrolments");

            migrationBuilder.DropTable(
                name: "retention_campaign_steps");

            migrationBuilder.DropTable(
                name: "retention_trigger_rules");

            migrationBuilder.DropTable(
                name: "risk_factor_scores");

            migrationBuilder.DropTable(
                name: "retention_campaigns");

            migrationBuilder.DropTable(
                name: "risk_assessments");
        }
    }
}
