using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CreativeGraph.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Substring indexes (<see cref="SubstringIndex"/>): FTS5 trigram tables over lowered partner names and over
    /// normalized search names, filled from the existing rows and kept in step by triggers.
    /// </summary>
    public partial class AddSubstringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (SubstringIndex index in SubstringIndex.All)
            {
                foreach (string statement in index.SqliteCreate())
                {
                    migrationBuilder.Sql(statement);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (SubstringIndex index in SubstringIndex.All)
            {
                foreach (string statement in index.SqliteDrop())
                {
                    migrationBuilder.Sql(statement);
                }
            }
        }
    }
}
