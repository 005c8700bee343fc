using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScanCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_invoices_client_id_due_on",
                table: "invoices");

            migrationBuilder.DropIndex(
                name: "IX_contracts_client_id_renewal_date",
                table: "contracts");

            migrationBuilder.CreateIndex(
                name: "IX_usage_periods_client_id_window_covering",
                table: "usage_periods",
                columns: new[] { "client_id", "period_start", "period_end", "granularity", "total_users", "active_users", "total_logins" });

            migrationBuilder.CreateIndex(
                name: "IX_invoices_client_id_outstanding_covering",
                table: "invoices",
                columns: new[] { "client_id", "due_on", "issued_on", "paid_on", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_contracts_client_id_latest_covering",
                table: "contracts",
                columns: new[] { "client_id", "renewal_date", "id", "start_date", "contract_id", "payment_status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_usage_periods_client_id_window_covering",
                table: "usage_periods");

            migrationBuilder.DropIndex(
                name: "IX_invoices_client_id_outstanding_covering",
                table: "invoices");

            migrationBuilder.DropIndex(
                name: "IX_contracts_client_id_latest_covering",
                table: "contracts");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_client_id_due_on",
                table: "invoices",
                columns: new[] { "client_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_contracts_client_id_renewal_date",
                table: "contracts",
                columns: new[] { "client_id", "renewal_date" });
        }
    }
}
