using System.Globalization;
using System.Text;
using Dapper;
using ReviewBot.Core.Lessons;

namespace ReviewBot.Storage;

/// <summary>
/// The lessons library: a team's quarter-retrospective causes, what worked and what to change, searched by words
/// through each engine's full-text index (migration 0017), and by author, market and quarters.
/// </summary>
/// <remarks>
/// A word is found case-insensitively anywhere it starts a word or, on SQLite, anywhere inside one; every word must
/// be found. SQLite's trigram index finds words of three characters or more; shorter ones (物流, 定价) are matched
/// with LIKE among the team's answers. PostgreSQL's 'simple' configuration finds space-separated words as prefixes;
/// a word of a script written without spaces (Chinese) is matched with ILIKE, since the parser took its sentence for
/// one token. A person's words are only ever parameters: quoted as one phrase in FTS5, one quoted lexeme in a
/// tsquery, escaped in a LIKE pattern, so nothing they type is search syntax.
/// </remarks>
public sealed class LessonStore
{
    private const string TemplateId = "quarter-retrospective";

    /// <summary>The lesson questions, as the literal condition the partial index of PostgreSQL was created with.</summary>
    private const string IsLesson = "a.template_id = 'quarter-retrospective' AND a.question_id IN ('cause', 'worked', 'change')";

    private readonly StorageSession _session;

    internal LessonStore(StorageSession session) => _session = session;

    /// <summary>
    /// The team's lessons that match, best match first, then newest quarter first (within it the oldest submission
    /// first, and a submission's causes, then what worked, then what to change, as the retrospective asks them). Of
    /// each author's retrospectives of a quarter only the latest submission counts: a corrected retrospective
    /// replaces what it was first, as the team's quarter review reads it.
    /// </summary>
    public async Task<IReadOnlyList<LessonEntry>> SearchAsync(LessonSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Limit <= 0)
        {
            return [];
        }

        var parameters = new DynamicParameters(new { search.WorkspaceId, search.TeamId, search.Limit });
        var conditions = new StringBuilder();
        if (search.AuthorMemberId is { } author)
        {
            conditions.Append(" AND a.author_member_id = @AuthorMemberId");
            parameters.Add("AuthorMemberId", author);
        }

        var byteOrder = _session.Dialect.ByteOrder;
        if (search.From is { } from)
        {
            conditions.Append(" AND a.quarter" + byteOrder + " >= @From");
            parameters.Add("From", from.Id);
        }

        if (search.Until is { } until)
        {
            conditions.Append(" AND a.quarter" + byteOrder + " <= @Until");
            parameters.Add("Until", until.Id);
        }

        if (!string.IsNullOrWhiteSpace(search.Market))
        {
            conditions.Append(" AND lower(COALESCE(k.market, m.market)) = lower(@Market)");
            parameters.Add("Market", search.Market.Trim());
        }

        var match = _session.Dialect.Provider == StorageProvider.Postgres
            ? PostgresMatch(LessonWords.Of(search.Words), parameters)
            : SqliteMatch(LessonWords.Of(search.Words), parameters);
        conditions.Append(match.Conditions);

        var rows = await _session.QueryAsync<LessonRow>(
            $"""
            SELECT a.id, a.template_id, a.question_id, a.author_member_id, a.quarter, a.week_number, a.key_result_id, a.text, a.recorded_at, a.subject_id,
                   m.name AS author_name, m.market AS author_market, k.title AS key_result_title, k.market AS key_result_market
            FROM {match.Source}
            JOIN members m ON m.workspace_id = a.workspace_id AND m.id = a.author_member_id
            LEFT JOIN key_results k ON k.workspace_id = a.workspace_id AND k.id = a.key_result_id
            WHERE a.workspace_id = @WorkspaceId AND m.team_id = @TeamId AND {IsLesson}{conditions}
              AND a.recorded_at = (
                  SELECT MAX(b.recorded_at) FROM review_answers b
                  WHERE b.workspace_id = a.workspace_id AND b.quarter = a.quarter AND b.author_member_id = a.author_member_id
                    AND b.template_id = '{TemplateId}' AND b.question_id IN ('cause', 'worked', 'change'))
            ORDER BY {match.Rank}a.quarter{byteOrder} DESC, a.recorded_at,
                     CASE a.question_id WHEN 'cause' THEN 0 WHEN 'worked' THEN 1 ELSE 2 END, a.id{byteOrder}
            LIMIT @Limit
            """,
            parameters,
            cancellationToken);
        return [.. rows.Select(r => r.ToEntry(search.WorkspaceId))];
    }

    /// <summary>
    /// SQLite: words of three characters or more through the trigram index, each one quoted phrase ("" for a quote
    /// inside), all joined by AND and ranked by bm25 (lower is better); shorter ones with LIKE on the answer.
    /// </summary>
    private static Match SqliteMatch(IReadOnlyList<string> words, DynamicParameters parameters)
    {
        var indexed = words.Where(w => LessonWords.Length(w) >= 3).ToList();
        var conditions = LikeConditions(words.Where(w => LessonWords.Length(w) < 3), "LIKE", parameters);
        if (indexed.Count == 0)
        {
            return new Match("review_answers a", conditions, "");
        }

        parameters.Add("Match", string.Join(" AND ", indexed.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")));
        return new Match(
            "lessons_index JOIN review_answers a ON a.id = lessons_index.answer_id",
            " AND lessons_index MATCH @Match" + conditions,
            "bm25(lessons_index), ");
    }

    /// <summary>
    /// PostgreSQL: space-separated words as one tsquery of quoted prefix lexemes joined by &amp;, through the partial
    /// GIN index and ranked by ts_rank (higher is better); words of scripts without spaces with ILIKE.
    /// </summary>
    private static Match PostgresMatch(IReadOnlyList<string> words, DynamicParameters parameters)
    {
        var lexemes = words.Where(LessonWords.IsSpacedWord).ToList();
        var conditions = LikeConditions(words.Where(w => !LessonWords.IsSpacedWord(w)), "ILIKE", parameters);
        if (lexemes.Count == 0)
        {
            return new Match("review_answers a", conditions, "");
        }

        // Inside a tsquery's quotes a quote is doubled and a backslash escaped; IsSpacedWord lets neither through
        // today, and the quoting keeps it so should that rule ever widen.
        parameters.Add("Query", string.Join(" & ", lexemes.Select(w => "'" + w.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "':*")));
        const string Vector = "to_tsvector('simple'::regconfig, a.text)";
        const string Query = "to_tsquery('simple'::regconfig, @Query)";
        return new Match("review_answers a", $" AND {Vector} @@ {Query}" + conditions, $"ts_rank({Vector}, {Query}) DESC, ");
    }

    private static string LikeConditions(IEnumerable<string> words, string like, DynamicParameters parameters)
    {
        var conditions = new StringBuilder();
        var index = 0;
        foreach (var word in words)
        {
            var name = "Like" + (index++).ToString(CultureInfo.InvariantCulture);
            conditions.Append(" AND a.text " + like + " @" + name + @" ESCAPE '\'");
            parameters.Add(name, LessonWords.ContainsPattern(word));
        }

        return conditions.ToString();
    }

    /// <summary>Where the answers come from, the conditions the words add, and what ranks them ahead of the quarter ("" for nothing).</summary>
    private sealed record Match(string Source, string Conditions, string Rank);

    /// <summary>An answer with its author and the key result it is about, as the search's join reads them.</summary>
    private sealed class LessonRow : AnswerRow
    {
        public string AuthorName { get; set; } = "";

        public string AuthorMarket { get; set; } = "";

        public string? KeyResultTitle { get; set; }

        public string? KeyResultMarket { get; set; }

        public LessonEntry ToEntry(string workspaceId) => new(ToAnswer(workspaceId), AuthorName, AuthorMarket, KeyResultTitle, KeyResultMarket);
    }
}
