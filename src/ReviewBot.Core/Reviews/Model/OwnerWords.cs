using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>Something an owner wrote: a cause, a lesson, a comment on a key result at risk.</summary>
/// <param name="KeyResult">The key result it is about; null for words about the whole quarter.</param>
/// <param name="Week">The week of a check-in comment; null for retrospective answers.</param>
public sealed record OwnerWords(string AuthorName, KeyResult? KeyResult, string Text, int? Week = null)
{
    /// <summary>The author's name when they have left the team, shown to a reader as <see cref="ReviewHeadings.FormerMember"/> in their language.</summary>
    public const string FormerMember = "a former member";
}

/// <summary>A blocker as the check-ins raised it, and in how many person-weeks.</summary>
public sealed record BlockerCount(string Text, int Weeks);
