using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreativeGraph.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Substring indexes (<see cref="SubstringIndex"/>): pg_trgm GIN indexes over lowered partner names and over
    /// normalized search names, which serve <c>LIKE '%term%'</c>.
    /// </summary>
    public partial class AddSubstringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            foreach (SubstringIndex index in SubstringIndex.All)
            {
                migrationBuilder.Sql(index.PostgresCreate());
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (SubstringIndex index in SubstringIndex.All)
            {
                migrationBuilder.Sql(index.PostgresDrop());
            }
        }
    }
}
