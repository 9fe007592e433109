using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DateRangesAndTextLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_created_at_range",
                table: "placements",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_end_date_range",
                table: "placements",
                sql: "end_date >= DATE '1900-01-01' AND end_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_planned_end_date_range",
                table: "placements",
                sql: "planned_end_date >= DATE '1900-01-01' AND planned_end_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_start_date_range",
                table: "placements",
                sql: "start_date >= DATE '1900-01-01' AND start_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_placements_updated_at_range",
                table: "placements",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_created_at_range",
                table: "partnerships",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_end_date_range",
                table: "partnerships",
                sql: "end_date >= DATE '1900-01-01' AND end_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_start_date_range",
                table: "partnerships",
                sql: "start_date >= DATE '1900-01-01' AND start_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_updated_at_range",
                table: "partnerships",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_internship_offers_created_at_range",
                table: "internship_offers",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_internship_offers_start_date_range",
                table: "internship_offers",
                sql: "start_date >= DATE '1900-01-01' AND start_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_internship_offers_updated_at_range",
                table: "internship_offers",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_idempotency_records_created_at_range",
                table: "idempotency_records",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_follow_ups_completed_at_range",
                table: "follow_ups",
                sql: "completed_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND completed_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_follow_ups_created_at_range",
                table: "follow_ups",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_follow_ups_due_date_range",
                table: "follow_ups",
                sql: "due_date >= DATE '1900-01-01' AND due_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_follow_ups_updated_at_range",
                table: "follow_ups",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_contacts_created_at_range",
                table: "contacts",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_contacts_updated_at_range",
                table: "contacts",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_companies_created_at_range",
                table: "companies",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_companies_updated_at_range",
                table: "companies",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_candidates_arrival_date_range",
                table: "candidates",
                sql: "arrival_date >= DATE '1900-01-01' AND arrival_date < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_candidates_created_at_range",
                table: "candidates",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_candidates_erased_at_range",
                table: "candidates",
                sql: "erased_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND erased_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_candidates_updated_at_range",
                table: "candidates",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_audit_entries_at_range",
                table: "audit_entries",
                sql: "at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_api_keys_created_at_range",
                table: "api_keys",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_api_keys_last_used_at_range",
                table: "api_keys",
                sql: "last_used_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND last_used_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_api_keys_revoked_at_range",
                table: "api_keys",
                sql: "revoked_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND revoked_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_api_keys_updated_at_range",
                table: "api_keys",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_created_at_range",
                table: "activities",
                sql: "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_next_action_on_range",
                table: "activities",
                sql: "next_action_on >= DATE '1900-01-01' AND next_action_on < DATE '2103-04-01'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_occurred_at_range",
                table: "activities",
                sql: "occurred_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND occurred_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_updated_at_range",
                table: "activities",
                sql: "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_created_at_range",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_end_date_range",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_planned_end_date_range",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_start_date_range",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_placements_updated_at_range",
                table: "placements");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_created_at_range",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_end_date_range",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_start_date_range",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_updated_at_range",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_internship_offers_created_at_range",
                table: "internship_offers");

            migrationBuilder.DropCheckConstraint(
                name: "ck_internship_offers_start_date_range",
                table: "internship_offers");

            migrationBuilder.DropCheckConstraint(
                name: "ck_internship_offers_updated_at_range",
                table: "internship_offers");

            migrationBuilder.DropCheckConstraint(
                name: "ck_idempotency_records_created_at_range",
                table: "idempotency_records");

            migrationBuilder.DropCheckConstraint(
                name: "ck_follow_ups_completed_at_range",
                table: "follow_ups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_follow_ups_created_at_range",
                table: "follow_ups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_follow_ups_due_date_range",
                table: "follow_ups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_follow_ups_updated_at_range",
                table: "follow_ups");

            migrationBuilder.DropCheckConstraint(
                name: "ck_contacts_created_at_range",
                table: "contacts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_contacts_updated_at_range",
                table: "contacts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_companies_created_at_range",
                table: "companies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_companies_updated_at_range",
                table: "companies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_candidates_arrival_date_range",
                table: "candidates");

            migrationBuilder.DropCheckConstraint(
                name: "ck_candidates_created_at_range",
                table: "candidates");

            migrationBuilder.DropCheckConstraint(
                name: "ck_candidates_erased_at_range",
                table: "candidates");

            migrationBuilder.DropCheckConstraint(
                name: "ck_candidates_updated_at_range",
                table: "candidates");

            migrationBuilder.DropCheckConstraint(
                name: "ck_audit_entries_at_range",
                table: "audit_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_api_keys_created_at_range",
                table: "api_keys");

            migrationBuilder.DropCheckConstraint(
                name: "ck_api_keys_last_used_at_range",
                table: "api_keys");

            migrationBuilder.DropCheckConstraint(
                name: "ck_api_keys_revoked_at_range",
                table: "api_keys");

            migrationBuilder.DropCheckConstraint(
                name: "ck_api_keys_updated_at_range",
                table: "api_keys");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_created_at_range",
                table: "activities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_next_action_on_range",
                table: "activities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_occurred_at_range",
                table: "activities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_updated_at_range",
                table: "activities");
        }
    }
}
