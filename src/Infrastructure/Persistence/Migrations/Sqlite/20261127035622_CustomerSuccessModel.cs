using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CsMcp.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CustomerSuccessModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contracts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    contract_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    contract_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    contract_value = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    billing_frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    renewal_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    auto_renew = table.Column<bool>(type: "INTEGER", nullable: false),
                    notice_period_days = table.Column<int>(type: "INTEGER", nullable: false),
                    payment_terms_days = table.Column<int>(type: "INTEGER", nullable: false),
                    payment_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    included_users = table.Column<int>(type: "INTEGER", nullable: true),
                    tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    products_included = table.Column<string>(type: "TEXT", nullable: false),
                    discount_percentage = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    owner_csm = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contracts", x => x.id);
                    table.UniqueConstraint("AK_contracts_contract_id", x => x.contract_id);
                    table.CheckConstraint("ck_contracts_contract_value", "contract_value >= 0");
                    table.CheckConstraint("ck_contracts_dates", "end_date >= start_date");
                    table.CheckConstraint("ck_contracts_discount", "discount_percentage >= 0 AND discount_percentage <= 1");
                    table.CheckConstraint("ck_contracts_included_users", "included_users IS NULL OR included_users >= 0");
                    table.ForeignKey(
                        name: "FK_contracts_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "demo_seed_runs",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    seed = table.Column<int>(type: "INTEGER", nullable: false),
                    requested_clients = table.Column<int>(type: "INTEGER", nullable: false),
                    client_count = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_demo_seed_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "engagement_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_events", x => x.id);
                    table.CheckConstraint("ck_engagement_events_duration", "duration_minutes IS NULL OR duration_minutes >= 0");
                    table.ForeignKey(
                        name: "FK_engagement_events_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "features",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    feature_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    minimum_tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    released_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_features", x => x.id);
                    table.UniqueConstraint("AK_features_feature_id", x => x.feature_id);
                });

            migrationBuilder.CreateTable(
                name: "health_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    calculated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lookback_days = table.Column<int>(type: "INTEGER", nullable: false),
                    scoring_model = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    usage_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    engagement_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    support_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    satisfaction_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    payment_score = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    usage_weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    engagement_weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    support_weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    satisfaction_weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    payment_weight = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: false),
                    overall_score = table.Column<int>(type: "INTEGER", nullable: false),
                    previous_overall_score = table.Column<int>(type: "INTEGER", nullable: true),
                    trend = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    inputs = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_health_snapshots", x => x.id);
                    table.CheckConstraint("ck_health_snapshots_engagement_score", "engagement_score IS NULL OR (engagement_score >= 0 AND engagement_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_engagement_weight", "engagement_weight >= 0 AND engagement_weight <= 1");
                    table.CheckConstraint("ck_health_snapshots_lookback", "lookback_days >= 1");
                    table.CheckConstraint("ck_health_snapshots_overall", "overall_score >= 0 AND overall_score <= 100");
                    table.CheckConstraint("ck_health_snapshots_payment_score", "payment_score IS NULL OR (payment_score >= 0 AND payment_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_payment_weight", "payment_weight >= 0 AND payment_weight <= 1");
                    table.CheckConstraint("ck_health_snapshots_previous", "previous_overall_score IS NULL OR (previous_overall_score >= 0 AND previous_overall_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_satisfaction_score", "satisfaction_score IS NULL OR (satisfaction_score >= 0 AND satisfaction_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_satisfaction_weight", "satisfaction_weight >= 0 AND satisfaction_weight <= 1");
                    table.CheckConstraint("ck_health_snapshots_support_score", "support_score IS NULL OR (support_score >= 0 AND support_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_support_weight", "support_weight >= 0 AND support_weight <= 1");
                    table.CheckConstraint("ck_health_snapshots_usage_score", "usage_score IS NULL OR (usage_score >= 0 AND usage_score <= 100)");
                    table.CheckConstraint("ck_health_snapshots_usage_weight", "usage_weight >= 0 AND usage_weight <= 1");
                    table.ForeignKey(
                        name: "FK_health_snapshots_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lifecycle_stage_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    from_stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    to_stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lifecycle_stage_changes", x => x.id);
                    table.ForeignKey(
                        name: "FK_lifecycle_stage_changes_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_tickets",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ticket_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    requester_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    requester_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    assigned_agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    assigned_team = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tags = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    first_response_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    resolved_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    sla_first_response_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    sla_resolution_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    satisfaction_rating = table.Column<int>(type: "INTEGER", nullable: true),
                    satisfaction_comment = table.Column<string>(type: "TEXT", nullable: true),
                    escalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    escalated_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    escalation_reason = table.Column<string>(type: "TEXT", nullable: true),
                    resolution_notes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_tickets", x => x.id);
                    table.UniqueConstraint("AK_support_tickets_ticket_id", x => x.ticket_id);
                    table.CheckConstraint("ck_support_tickets_closed", "closed_at IS NULL OR closed_at >= created_at");
                    table.CheckConstraint("ck_support_tickets_first_response", "first_response_at IS NULL OR first_response_at >= created_at");
                    table.CheckConstraint("ck_support_tickets_resolved", "resolved_at IS NULL OR resolved_at >= created_at");
                    table.CheckConstraint("ck_support_tickets_satisfaction", "satisfaction_rating IS NULL OR (satisfaction_rating >= 1 AND satisfaction_rating <= 5)");
                    table.CheckConstraint("ck_support_tickets_sla", "sla_first_response_minutes >= 0 AND sla_resolution_minutes >= 0");
                    table.ForeignKey(
                        name: "FK_support_tickets_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "usage_periods",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    granularity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    total_users = table.Column<int>(type: "INTEGER", nullable: false),
                    active_users = table.Column<int>(type: "INTEGER", nullable: false),
                    daily_active_users = table.Column<int>(type: "INTEGER", nullable: false),
                    weekly_active_users = table.Column<int>(type: "INTEGER", nullable: false),
                    monthly_active_users = table.Column<int>(type: "INTEGER", nullable: false),
                    total_logins = table.Column<int>(type: "INTEGER", nullable: false),
                    total_session_minutes = table.Column<long>(type: "INTEGER", nullable: false),
                    total_actions = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_usage_periods", x => x.id);
                    table.CheckConstraint("ck_usage_periods_active", "daily_active_users <= weekly_active_users AND weekly_active_users <= monthly_active_users");
                    table.CheckConstraint("ck_usage_periods_counts", "total_users >= 0 AND active_users >= 0 AND daily_active_users >= 0 AND weekly_active_users >= 0 AND monthly_active_users >= 0 AND total_logins >= 0 AND total_session_minutes >= 0 AND total_actions >= 0");
                    table.CheckConstraint("ck_usage_periods_dates", "period_end >= period_start");
                    table.ForeignKey(
                        name: "FK_usage_periods_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    invoice_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    contract_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    amount = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => x.id);
                    table.CheckConstraint("ck_invoices_amount", "amount >= 0");
                    table.CheckConstraint("ck_invoices_due", "due_on >= issued_on");
                    table.CheckConstraint("ck_invoices_paid", "(status = 'paid') = (paid_on IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_invoices_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_invoices_contracts_contract_id",
                        column: x => x.contract_id,
                        principalTable: "contracts",
                        principalColumn: "contract_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feature_adoptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    feature_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    first_used_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    active_users = table.Column<int>(type: "INTEGER", nullable: false),
                    usage_count = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feature_adoptions", x => x.id);
                    table.CheckConstraint("ck_feature_adoptions_counts", "active_users >= 0 AND usage_count >= 0");
                    table.CheckConstraint("ck_feature_adoptions_dates", "last_used_at >= first_used_at");
                    table.ForeignKey(
                        name: "FK_feature_adoptions_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_feature_adoptions_features_feature_id",
                        column: x => x.feature_id,
                        principalTable: "features",
                        principalColumn: "feature_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    response_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    survey_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    survey_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: false),
                    nps_category = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    respondent_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    respondent_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    ticket_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    responded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.id);
                    table.CheckConstraint("ck_survey_responses_nps_category", "(survey_type <> 'nps' AND nps_category IS NULL) OR (survey_type = 'nps' AND ((score >= 9 AND nps_category = 'promoter') OR (score >= 7 AND score <= 8 AND nps_category = 'passive') OR (score <= 6 AND nps_category = 'detractor')))");
                    table.CheckConstraint("ck_survey_responses_score", "(survey_type = 'nps' AND score >= 0 AND score <= 10) OR (survey_type = 'csat' AND score >= 1 AND score <= 5) OR (survey_type = 'ces' AND score >= 1 AND score <= 7)");
                    table.CheckConstraint("ck_survey_responses_sent", "sent_at IS NULL OR sent_at <= responded_at");
                    table.ForeignKey(
                        name: "FK_survey_responses_clients_client_id",
                        column: x => x.client_id,
                        principalTable: "clients",
                        principalColumn: "client_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_survey_responses_support_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalTable: "support_tickets",
                        principalColumn: "ticket_id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contracts_client_id_renewal_date",
                table: "contracts",
                columns: new[] { "client_id", "renewal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_contracts_payment_status",
                table: "contracts",
                column: "payment_status");

            migrationBuilder.CreateIndex(
                name: "IX_contracts_status_renewal_date",
                table: "contracts",
                columns: new[] { "status", "renewal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_events_client_id_occurred_at",
                table: "engagement_events",
                columns: new[] { "client_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "IX_feature_adoptions_client_id_feature_id",
                table: "feature_adoptions",
                columns: new[] { "client_id", "feature_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feature_adoptions_feature_id_last_used_at",
                table: "feature_adoptions",
                columns: new[] { "feature_id", "last_used_at" });

            migrationBuilder.CreateIndex(
                name: "IX_health_snapshots_calculated_at",
                table: "health_snapshots",
                column: "calculated_at");

            migrationBuilder.CreateIndex(
                name: "IX_health_snapshots_client_id_calculated_at",
                table: "health_snapshots",
                columns: new[] { "client_id", "calculated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_invoices_client_id_due_on",
                table: "invoices",
                columns: new[] { "client_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_invoices_contract_id",
                table: "invoices",
                column: "contract_id");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_invoice_id",
                table: "invoices",
                column: "invoice_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoices_status_due_on",
                table: "invoices",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_stage_changes_client_id_changed_at",
                table: "lifecycle_stage_changes",
                columns: new[] { "client_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_lifecycle_stage_changes_to_stage_changed_at",
                table: "lifecycle_stage_changes",
                columns: new[] { "to_stage", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_assigned_agent_status",
                table: "support_tickets",
                columns: new[] { "assigned_agent", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_client_id_created_at",
                table: "support_tickets",
                columns: new[] { "client_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_client_id_status",
                table: "support_tickets",
                columns: new[] { "client_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_priority_created_at",
                table: "support_tickets",
                columns: new[] { "priority", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_status_priority",
                table: "support_tickets",
                columns: new[] { "status", "priority" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_client_id_survey_type_responded_at",
                table: "survey_responses",
                columns: new[] { "client_id", "survey_type", "responded_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_response_id",
                table: "survey_responses",
                column: "response_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_survey_type_responded_at",
                table: "survey_responses",
                columns: new[] { "survey_type", "responded_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_ticket_id",
                table: "survey_responses",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "IX_usage_periods_client_id_granularity_period_start",
                table: "usage_periods",
                columns: new[] { "client_id", "granularity", "period_start" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_usage_periods_granularity_period_start",
                table: "usage_periods",
                columns: new[] { "granularity", "period_start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "demo_seed_runs");

            migrationBuilder.DropTable(
                name: "engagement_events");

            migrationBuilder.DropTable(
                name: "feature_adoptions");

            migrationBuilder.DropTable(
                name: "health_snapshots");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropTable(
                name: "lifecycle_stage_changes");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "usage_periods");

            migrationBuilder.DropTable(
                name: "features");

            migrationBuilder.DropTable(
                name: "contracts");

            migrationBuilder.DropTable(
                name: "support_tickets");
        }
    }
}
