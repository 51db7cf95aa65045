using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// Everything the conversation engine reads and writes, as one port: its commands reach several of the
/// parts in one turn. Code that needs one part takes that part alone. Every call names its workspace, and
/// nothing is ever returned from another one. Implemented over SQL in ReviewBot.Storage; in memory in the
/// engine's tests.
/// </summary>
public interface IReviewStore : ITeamDirectory, ITeamOkrs, ICheckInRecords, IDialogStates, ILeaveCalendar, IDeliveryProblems, INudgeLog, Streams.ILiveStreams, ITeamTemplates, Planning.ITeamPlans, Lessons.ILessonsLibrary;
