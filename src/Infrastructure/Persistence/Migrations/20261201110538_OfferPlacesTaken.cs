using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OfferPlacesTaken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "places_taken",
                table: "internship_offers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The places already held: placements that name the offer (an offer revised to fewer places keeps at most those).
            migrationBuilder.Sql("""
                UPDATE internship_offers o
                SET places_taken = least(o.slots, (SELECT count(*) FROM placements p WHERE p.internship_id = o.id))
                """);

            migrationBuilder.AddCheckConstraint(
                name: "ck_internship_offers_places_taken",
                table: "internship_offers",
                sql: "places_taken BETWEEN 0 AND slots");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_internship_offers_places_taken",
                table: "internship_offers");

            migrationBuilder.DropColumn(
                name: "places_taken",
                table: "internship_offers");
        }
    }
}
