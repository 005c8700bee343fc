using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "engagement_events",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "intercom_company_id",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mixpanel_group_key",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "zendesk_organization_id",
                table: "clients",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "integration_sync_states",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    integration = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_synced_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_cursor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    last_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
