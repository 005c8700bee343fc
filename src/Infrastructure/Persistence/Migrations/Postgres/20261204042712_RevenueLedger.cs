using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RevenueLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arr_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    contract_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expansion_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    arr_before = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    arr_after = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    delta = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arr_changes", x => x.id);
                    table.CheckConstraint("ck_arr_changes_amounts", "arr_before >= 0 AND arr_after >= 0");
                    table.CheckConstraint("ck_arr_changes_expansion_type", "expansion_type IS NULL OR reason = 'expansion'");
                    table.ForeignKey(
                        name: "FK_arr_changes_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_arr_changes_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "contracts",
                        principalColumn: "contract_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expansion_opportunities",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    opportunity_id = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    client_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    expansion_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    estimated_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    probability = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    expected_close_date = table.Column<DateOnly>(type: "date", nullable: true),
                    owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expansion_opportunities", x => x.id);
                    table.CheckConstraint("ck_expansion_opportunities_closed", "(stage IN ('closed_won', 'closed_lost')) = (closed_at IS NOT NULL)");
                    table.CheckConstraint("ck_expansion_opportunities_probability", "probability >= 0 AND probability <= 1");
                    table.CheckConstraint("ck_expansion_opportunities_value", "estimated_value >= 0");
                    table.ForeignKey(
                        name: "FK_expansion_opportunities_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    family = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    pricing_model = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    list_price_per_year = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    minimum_tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.id);
                    table.UniqueConstraint("AK_products_code", x => x.code);
                    table.CheckConstraint("ck_products_list_price", "list_price_per_year >= 0");
                });

            migrationBuilder.CreateTable(
                name: "contract_line_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    contract_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    product_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    discount_percentage = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    arr = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_line_items", x => x.id);
                    table.CheckConstraint("ck_contract_line_items_arr", "arr >= 0");
                    table.CheckConstraint("ck_contract_line_items_discount", "discount_percentage >= 0 AND discount_percentage <= 1");
                    table.CheckConstraint("ck_contract_line_items_quantity", "quantity >= 0");
                    table.ForeignKey(
                        name: "FK_contract_line_items_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "contracts",
                        principalColumn: "contract_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contract_line_items_products_product_code",
                        column: x => x.product_code,
                        principalTable: "products",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_arr_changes_client_id_effective_on",
                table: "arr_changes",
                columns: new[] { "client_id", "effective_on" });

            migrationBuilder.CreateIndex(
                name: "IX_arr_changes_contract_id",
                table: "arr_changes",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "IX_arr_changes_ledger_covering",
                table: "arr_changes",
                columns: new[] { "effective_on", "client_id", "reason", "delta" });

            migrationBuilder.CreateIndex(
                name: "IX_contract_line_items_contract_id_product_code",
                table: "contract_line_items",
                columns: new[] { "contract_id", "product_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contract_line_items_product_code",
                table: "contract_line_items",
                column: "product_code");

            migrationBuilder.CreateIndex(
                name: "IX_expansion_opportunities_client_id_stage",
                table: "expansion_opportunities",
                columns: new[] { "client_id", "stage" });

            migrationBuilder.CreateIndex(
                name: "IX_expansion_opportunities_opportunity_id",
                table: "expansion_opportunities",
                column: "opportunity_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expansion_opportunities_stage_expected_close_date",
                table: "expansion_opportunities",
                columns: new[] { "stage", "expected_close_date" });

            migrationBuilder.CreateIndex(
                name: "UX_expansion_opportunities_open_client_type",
                table: "expansion_opportunities",
                columns: new[] { "client_id", "expansion_type" },
                unique: true,
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_products_code",
                table: "products",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arr_changes");

            migrationBuilder.DropTable(
                name: "contract_line_items");

            migrationBuilder.DropTable(
                name: "expansion_opportunities");

            migrationBuilder.DropTable(
                name: "products");
        }
    }
}
