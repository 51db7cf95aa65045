namespace ReviewBot.Teams.Package;

/// <summary>A package that would install and then not work, refused before it is written; the message says what to pass.</summary>
public sealed class TeamsPackageRefusedException : InvalidOperationException
{
    public TeamsPackageRefusedException()
    {
    }

    public TeamsPackageRefusedException(string message)
        : base(message)
    {
    }

    public TeamsPackageRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
