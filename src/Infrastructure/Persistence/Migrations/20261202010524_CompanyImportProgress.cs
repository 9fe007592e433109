using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CompanyImportProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "company_import_progress",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_total = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_company_import_progress", x => x.import_id);
                    table.CheckConstraint("ck_company_import_progress_updated_at_range", "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.ForeignKey(
                        name: "fk_company_import_progress_company_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "company_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "company_import_progress");
        }
    }
}
