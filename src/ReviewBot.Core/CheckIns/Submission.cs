namespace ReviewBot.Core.CheckIns;

/// <summary>
/// Everything one completed check-in or review form records, saved together or not at all.
/// <paramref name="SubmissionId"/> identifies the form submission: a resubmitted one finds it recorded and records nothing.
/// </summary>
public sealed record Submission(string WorkspaceId, string SubmissionId, IReadOnlyList<CheckIn> CheckIns, IReadOnlyList<ReviewAnswer> Answers);
