using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CsMcp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "worker_alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    worker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    condition = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    severity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    raised_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_seen_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cleared_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_worker_alerts", x => x.id);
                    table.ForeignKey(
                        name: "FK_worker_alerts_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "worker_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    worker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    findings_count = table.Column<int>(type: "integer", nullable: false),
                    new_alerts = table.Column<int>(type: "integer", nullable: false),
                    cleared_alerts = table.Column<int>(type: "integer", nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    error_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notified_channels = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_worker_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "worker_settings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    worker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    interval_hours = table.Column<int>(type: "integer", nullable: false),
                    @params = table.Column<string>(name: "params", type: "character varying(4000)", maxLength: 4000, nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_due_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    lease_owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    lease_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_worker_settings", x => x.id);
                    table.CheckConstraint("ck_worker_settings_interval_hours", "interval_hours >= 1 AND interval_hours <= 8760");
                });

            migrationBuilder.InsertData(
                table: "worker_settings",
                columns: new[] { "id", "enabled", "interval_hours", "lease_owner", "lease_until", "next_due_at", "params", "updated_at", "worker" },
                values: new object[,]
                {
                    { 1, true, 4, null, null, null, "{\"health_score_threshold\":60,\"alert_on_critical\":true}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "churn_risk_monitor" },
                    { 2, true, 6, null, null, null, "{\"drop_threshold_percent\":30,\"check_window_days\":7}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "usage_drop_alerts" },
                    { 3, true, 24, null, null, null, "{\"days_stuck_threshold\":7,\"completion_threshold_percent\":50}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "onboarding_progress" },
                    { 4, false, 24, null, null, null, "{\"nps_alert_threshold\":6,\"csat_alert_threshold\":3,\"lookback_days\":90}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "nps_csat_monitor" },
                    { 5, true, 2, null, null, null, "{\"sla_breach_alert\":true,\"hours_until_breach\":2}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "support_sla_tracker" },
                    { 6, false, 168, null, null, null, "{\"usage_threshold_percent\":80,\"health_score_min\":75}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "upsell_detector" },
                    { 7, false, 168, null, null, null, "{\"cohort_size_min\":10,\"retention_rate_threshold\":0.85}", new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Utc), "retention_analyzer" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_worker_alerts_client_id",
                table: "worker_alerts",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "IX_worker_alerts_raised_at",
                table: "worker_alerts",
                column: "raised_at");

            migrationBuilder.CreateIndex(
                name: "IX_worker_alerts_worker_cleared_at",
                table: "worker_alerts",
                columns: new[] { "worker", "cleared_at" });

            migrationBuilder.CreateIndex(
                name: "IX_worker_alerts_worker_subject_condition",
                table: "worker_alerts",
                columns: new[] { "worker", "subject", "condition" },
                unique: true,
                filter: "cleared_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_worker_runs_worker_started_at",
                table: "worker_runs",
                columns: new[] { "worker", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_worker_settings_worker",
                table: "worker_settings",
                column: "worker",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "worker_alerts");

            migrationBuilder.DropTable(
                name: "worker_runs");

            migrationBuilder.DropTable(
                name: "worker_settings");
        }
    }
}
