using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    client_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    company_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    industry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    lifecycle_stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    contract_value = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    contract_start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    contract_end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    renewal_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    primary_contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    primary_contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    csm_assigned = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    health_score = table.Column<int>(type: "INTEGER", nullable: true),
                    health_trend = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    health_calculated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_engagement_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clients", x => x.id);
                    table.UniqueConstraint("AK_clients_client_id", x => x.client_id);
                    table.CheckConstraint("ck_clients_contract_value", "contract_value >= 0");
                    table.CheckConstraint("ck_clients_health_score", "health_score IS NULL OR (health_score >= 0 AND health_score <= 100)");
                });

            migrationBuilder.CreateTable(
                name: "client_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    impact = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    metadata = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_client_events_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_client_events_client_id_occurred_at",
                table: "client_events",
                columns: new[] { "client_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_clients_client_id",
                table: "clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_csm_assigned_lifecycle_stage",
                table: "clients",
                columns: new[] { "csm_assigned", "lifecycle_stage" });

            migrationBuilder.CreateIndex(
                name: "IX_clients_health_score",
                table: "clients",
                column: "health_score");

            migrationBuilder.CreateIndex(
                name: "IX_clients_lifecycle_stage",
                table: "clients",
                column: "lifecycle_stage");

            migrationBuilder.CreateIndex(
                name: "IX_clients_normalized_name",
                table: "clients",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_renewal_date",
                table: "clients",
                column: "renewal_date");

            migrationBuilder.CreateIndex(
                name: "IX_clients_tier",
                table: "clients",
                column: "tier");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_events");

            migrationBuilder.DropTable(
                name: "clients");
        }
    }
}
