using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrationSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "support_tickets",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "engagement_events",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "intercom_company_id",
                table: "clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mixpanel_group_key",
                table: "clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "zendesk_organization_id",
                table: "clients",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "integration_sync_states",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    integration = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    last_synced_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_cursor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    last_attempt_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error_type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integration_sync_states", x => x.id);
                    table.ForeignKey(
                        name: "FK_integration_sync_states_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_external_id",
                table: "support_tickets",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagement_events_external_id",
                table: "engagement_events",
                column: "external_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_intercom_company_id",
                table: "clients",
                column: "intercom_company_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_mixpanel_group_key",
                table: "clients",
                column: "mixpanel_group_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_zendesk_organization_id",
                table: "clients",
                column: "zendesk_organization_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integration_sync_states_client_id_integration",
                table: "integration_sync_states",
                columns: new[] { "client_id", "integration" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integration_sync_states");

            migrationBuilder.DropIndex(
                name: "IX_support_tickets_external_id",
                table: "support_tickets");

            migrationBuilder.DropIndex(
                name: "IX_engagement_events_external_id",
                table: "engagement_events");

            migrationBuilder.DropIndex(
                name: "IX_clients_intercom_company_id",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_mixpanel_group_key",
                table: "clients");

            migrationBuilder.DropIndex(
                name: "IX_clients_zendesk_organization_id",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "support_tickets");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "engagement_events");

            migrationBuilder.DropColumn(
                name: "intercom_company_id",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "mixpanel_group_key",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "zendesk_organization_id",
                table: "clients");
        }
    }
}
