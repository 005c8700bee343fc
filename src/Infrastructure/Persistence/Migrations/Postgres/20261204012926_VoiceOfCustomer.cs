using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VoiceOfCustomer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "roadmap_status",
                table: "product_insights",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "roadmap_updated_at",
                table: "product_insights",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "voc_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    report_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    target_audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    recipients = table.Column<string>(type: "text", nullable: false),
                    sections = table.Column<string>(type: "text", nullable: false),
                    delivery_status = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voc_reports", x => x.id);
                    table.CheckConstraint("ck_voc_reports_period", "period_start <= period_end");
                });

            migrationBuilder.CreateIndex(
                name: "IX_voc_reports_created_at",
                table: "voc_reports",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_voc_reports_idempotency_key",
                table: "voc_reports",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_voc_reports_report_id",
                table: "voc_reports",
                column: "report_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "voc_reports");

            migrationBuilder.DropColumn(
                name: "roadmap_status",
                table: "product_insights");

            migrationBuilder.DropColumn(
                name: "roadmap_updated_at",
                table: "product_insights");
        }
    }
}
