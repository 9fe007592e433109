using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffDirectoryAndDailyDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_digests",
                columns: table => new
                {
                    staff_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    settled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retry_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_daily_digests", x => new { x.staff_id, x.day });
                    table.CheckConstraint("ck_daily_digests_claimed_at_range", "claimed_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND claimed_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_daily_digests_day_range", "day >= DATE '1900-01-01' AND day < DATE '2103-04-01'");
                    table.CheckConstraint("ck_daily_digests_retry_at_range", "retry_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND retry_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_daily_digests_settled_at_range", "settled_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND settled_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                });

            migrationBuilder.CreateTable(
                name: "staff_directory",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    last_seen_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_directory", x => x.id);
                    table.CheckConstraint("ck_staff_directory_last_seen_on_range", "last_seen_on >= DATE '1900-01-01' AND last_seen_on < DATE '2103-04-01'");
                    table.CheckConstraint("ck_staff_directory_updated_at_range", "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                });

            migrationBuilder.CreateIndex(
                name: "ix_daily_digests_day",
                table: "daily_digests",
                column: "day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_digests");

            migrationBuilder.DropTable(
                name: "staff_directory");
        }
    }
}
