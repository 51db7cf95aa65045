using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Commands;

/// <summary><c>review help</c>: what this person can do; managers see more.</summary>
internal static class HelpCommand
{
    public static IReadOnlyList<Reply> Run(Speaker speaker)
    {
        var culture = speaker.Culture;
        var manager = speaker.IsManager;
        var facts = new List<Fact>
        {
            new(CommandText.HelpCheckIn(culture), CommandText.HelpCheckInExplained(culture)),
            new(CommandText.HelpMe(culture), CommandText.HelpMeExplained(culture)),
            new(CommandText.HelpQuarter(culture), manager ? CommandText.HelpQuarterExplainedToManager(culture) : CommandText.HelpQuarterExplainedToMember(culture)),
            new(CommandText.HelpOkrs(culture), manager ? CommandText.HelpOkrsExplainedToManager(culture) : CommandText.HelpOkrsExplainedToMember(culture)),
            new(CommandText.HelpRetro(culture), CommandText.HelpRetroExplained(culture)),
            manager
                ? new(CommandText.HelpLeaveForManager(culture), CommandText.HelpLeaveExplainedToManager(culture))
                : new(CommandText.HelpLeaveForMember(culture), CommandText.HelpLeaveExplainedToMember(culture)),
            new(CommandText.HelpPlan(culture), manager ? CommandText.HelpPlanExplainedToManager(culture) : CommandText.HelpPlanExplainedToMember(culture)),
            new(CommandText.HelpLessons(culture), CommandText.HelpLessonsExplained(culture)),
            new(StreamCommandText.HelpStream(culture), StreamCommandText.HelpStreamExplained(culture)),
            new(StreamCommandText.HelpStreams(culture), StreamCommandText.HelpStreamsExplained(culture)),
        };
        if (manager)
        {
            facts.Add(new(CommandText.HelpWeek(culture), CommandText.HelpWeekExplained(culture)));
            facts.Add(new(CommandText.HelpRemind(culture), CommandText.HelpRemindExplained(culture)));
        }

        return
        [
            new MessageReply
            {
                Headline = CommandText.HelpHeadline(culture, speaker.Member.Name.Split(' ')[0]),
                Sections = [Section.WithFacts(manager ? CommandText.HelpAsManager(culture, speaker.Team.Name) : CommandText.HelpAsMember(culture, speaker.Team.Name), facts)],
                Context = [CommandText.HelpHowToType(culture, speaker.Week.Number, speaker.Quarter.ToString())],
            },
        ];
    }
}
