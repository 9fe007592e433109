using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    internship_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    company_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decline_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    interviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    proposed_by_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.CheckConstraint("ck_referrals_created_at_range", "created_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_referrals_interviewed_at_range", "interviewed_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND interviewed_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.CheckConstraint("ck_referrals_updated_at_range", "updated_at >= TIMESTAMPTZ '1900-01-01 00:00:00+00' AND updated_at < TIMESTAMPTZ '2103-04-01 00:00:00+00'");
                    table.ForeignKey(
                        name: "fk_referrals_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_companies_company_id",
                        column: x => x.company_id,
                        principalTable: "companies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_internship_offers_internship_id",
                        column: x => x.internship_id,
                        principalTable: "internship_offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_candidate_id",
                table: "referrals",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_company_id",
                table: "referrals",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_created_at_id",
                table: "referrals",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_placement_id",
                table: "referrals",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "ux_referrals_internship_candidate_live",
                table: "referrals",
                columns: new[] { "internship_id", "candidate_id" },
                unique: true,
                filter: "status IN ('proposed', 'interview', 'accepted')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referrals");
        }
    }
}
