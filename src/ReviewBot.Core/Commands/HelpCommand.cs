using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary><c>review help</c>: what this person can do; managers see more.</summary>
internal static class HelpCommand
{
    public static IReadOnlyList<Reply> Run(Speaker speaker)
    {
        var facts = new List<Fact>
        {
            new("review checkin", "Check in on your key results for this week (add text to answer here, one at a time)."),
            new("review me", "Your key results: latest value, progress, score and trend."),
            new("review quarter [2026-Q3]", speaker.IsManager ? "The team's quarter review; add a name for one person, post to share it in the channel." : "Your own quarter review."),
            new("review okrs", "The team's objectives and key results."),
            new("review retro", "The quarter retrospective: final values, causes and lessons (last two weeks of a quarter)."),
            new("review leave [2026-12-22..2027-01-02]", "Your days away: no prompts or reminders on them. Alone it lists your leave; clear removes it."),
        };
        if (speaker.IsManager)
        {
            facts.Add(new("review week [team]", "This week's status: who checked in, what is at risk, the biggest movers."));
            facts.Add(new("review remind", "Nudge everyone who has not checked in this week."));
            facts[3] = new("review okrs", "The team's objectives and key results, with forms to add or edit them.");
            facts[5] = new("review leave [@name] [2026-12-22..2027-01-02]", "Days away, yours or a team member's: no prompts or reminders on them. Alone it lists the team's leave; clear [@name] removes it.");
        }

        return
        [
            new MessageReply
            {
                Headline = $"What you can do, {speaker.Member.Name.Split(' ')[0]}",
                Sections = [Section.WithFacts(speaker.IsManager ? $"As a manager of {speaker.Team.Name}" : $"As a member of {speaker.Team.Name}", facts)],
                Context = [$"In Slack type /review and the words after review; elsewhere type them as they are. This week is week {speaker.Week.Number} of {speaker.Quarter}."],
            },
        ];
    }
}
