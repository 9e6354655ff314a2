using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreativeGraph.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The documents clients register through automatic persisted queries, by the SHA-256 of their text, so that
    /// every API instance on this database runs them by hash.
    /// </summary>
    public partial class AddPersistedQueries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersistedQueries",
                columns: table => new
                {
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersistedQueries", x => x.Hash);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersistedQueries");
        }
    }
}
