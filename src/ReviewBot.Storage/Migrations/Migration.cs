namespace ReviewBot.Storage.Migrations;

/// <summary>One numbered SQL script, embedded in the assembly as Migrations/&lt;Provider&gt;/NNNN_name.sql.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
