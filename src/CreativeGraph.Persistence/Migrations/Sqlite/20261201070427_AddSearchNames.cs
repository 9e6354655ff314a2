using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreativeGraph.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchNames", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchNames_EntityType_EntityId_Ordinal",
                table: "SearchNames",
                columns: new[] { "EntityType", "EntityId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchNames_NormalizedName",
                table: "SearchNames",
                column: "NormalizedName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchNames");
        }
    }
}
