using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorklistAndPlacementChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_next_action_on",
                table: "activities");

            migrationBuilder.AddColumn<string>(
                name: "rescheduled_reason",
                table: "follow_ups",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "detail",
                table: "audit_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "next_action",
                table: "activities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_action_done_at",
                table: "activities",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_activities_next_action_on_id",
                table: "activities",
                columns: new[] { "next_action_on", "id" },
                filter: "next_action_on IS NOT NULL AND next_action_done_at IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_activities_next_action_done_at_range",
                table: "activities",
                sql: "next_action_done_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND next_action_done_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activities_next_action_on_id",
                table: "activities");

            migrationBuilder.DropCheckConstraint(
                name: "ck_activities_next_action_done_at_range",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "rescheduled_reason",
                table: "follow_ups");

            migrationBuilder.DropColumn(
                name: "detail",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "next_action",
                table: "activities");

            migrationBuilder.DropColumn(
                name: "next_action_done_at",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_activities_next_action_on",
                table: "activities",
                column: "next_action_on",
                filter: "next_action_on IS NOT NULL");
        }
    }
}
