namespace ReviewBot.Core.People;

public enum MemberRole
{
    Member,
    Manager,
}
