using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompanyRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "workplace_id",
                table: "placements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "workplace_id",
                table: "internship_offers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ceased_on",
                table: "companies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "register_record",
                table: "companies",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "company_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    dry_run = table.Column<bool>(type: "boolean", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rows_read = table.Column<int>(type: "integer", nullable: true),
                    created = table.Column<int>(type: "integer", nullable: true),
                    updated = table.Column<int>(type: "integer", nullable: true),
                    unchanged = table.Column<int>(type: "integer", nullable: true),
                    invalid = table.Column<int>(type: "integer", nullable: true),
                    invalid_rows = table.Column<string>(type: "jsonb", nullable: false),
                    ignored_columns = table.Column<List<string>>(type: "text[]", nullable: false),
                    failure_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_imports", x => x.id);
                    table.CheckConstraint("ck_company_imports_created_at_range", "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_company_imports_finished_at_range", "finished_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND finished_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_company_imports_started_at_range", "started_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND started_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_company_imports_updated_at_range", "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                });

            migrationBuilder.CreateTable(
                name: "workplaces",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    p_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    address_street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    register_record = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workplaces", x => x.id);
                    table.CheckConstraint("ck_workplaces_created_at_range", "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_workplaces_updated_at_range", "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.ForeignKey(
                        name: "fk_workplaces_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_placements_workplace_id",
                table: "placements",
                column: "workplace_id");

            migrationBuilder.CreateIndex(
                name: "ix_internship_offers_workplace_id",
                table: "internship_offers",
                column: "workplace_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_companies_ceased_on_range",
                table: "companies",
                sql: "ceased_on >= DATE '1900-01-01' AND ceased_on < DATE '2103-04-01'");

            migrationBuilder.CreateIndex(
                name: "ix_company_imports_status_created_at",
                table: "company_imports",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_workplaces_company_id",
                table: "workplaces",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ux_workplaces_p_number",
                table: "workplaces",
                column: "p_number",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_internship_offers_workplaces_workplace_id",
                table: "internship_offers",
                column: "workplace_id",
                principalTable: "workplaces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_placements_workplaces_workplace_id",
                table: "placements",
                column: "workplace_id",
                principalTable: "workplaces",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_internship_offers_workplaces_workplace_id",
                table: "internship_offers");

            migrationBuilder.DropForeignKey(
                name: "fk_placements_workplaces_workplace_id",
                table: "placements");

            migrationBuilder.DropTable(
                name: "company_imports");

            migrationBuilder.DropTable(
                name: "workplaces");

            migrationBuilder.DropIndex(
                name: "ix_placements_workplace_id",
                table: "placements");

            migrationBuilder.DropIndex(
                name: "ix_internship_offers_workplace_id",
                table: "internship_offers");

            migrationBuilder.DropCheckConstraint(
                name: "ck_companies_ceased_on_range",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "workplace_id",
                table: "placements");

            migrationBuilder.DropColumn(
                name: "workplace_id",
                table: "internship_offers");

            migrationBuilder.DropColumn(
                name: "ceased_on",
                table: "companies");

            migrationBuilder.DropColumn(
                name: "register_record",
                table: "companies");
        }
    }
}
