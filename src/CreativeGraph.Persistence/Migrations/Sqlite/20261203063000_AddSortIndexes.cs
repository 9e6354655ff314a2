using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreativeGraph.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Indexes for the default orders of the two largest lists, key last: projects by acronym or title, partners by
    /// name. A page then reads the first rows of an index instead of sorting the whole table.
    /// </summary>
    public partial class AddSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Projects_Acronym_Id",
                table: "Projects",
                columns: new[] { "Acronym", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Title_Id",
                table: "Projects",
                columns: new[] { "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Name_Id",
                table: "Partners",
                columns: new[] { "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Acronym_Id",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Title_Id",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Partners_Name_Id",
                table: "Partners");
        }
    }
}
