namespace ReviewBot.Storage.Migrations;

/// <summary>One numbered SQL script, embedded in the assembly as Migrations/Sqlite/NNNN_name.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
