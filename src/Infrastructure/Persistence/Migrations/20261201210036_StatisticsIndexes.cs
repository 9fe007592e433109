using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerCrm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_milestone_placement_id",
                table: "follow_ups",
                columns: new[] { "milestone", "placement_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "due_date", "outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_follow_ups_milestone_placement_id",
                table: "follow_ups");
        }
    }
}
