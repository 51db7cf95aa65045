namespace ReviewBot.Host.Cli;

/// <summary>
/// `dotnet run --project` starts the program in the project's folder, so a relative path an operator
/// typed is taken from the folder they typed it in (the shell's PWD).
/// </summary>
internal static class CallersPath
{
    /// <param name="mustExist">For a file to read: fall back to the current folder when it is not found in the caller's.</param>
    public static FileInfo Resolve(FileInfo file, bool mustExist = false)
    {
        var callersFolder = Environment.GetEnvironmentVariable("PWD");
        var typed = file.ToString();
        if (Path.IsPathRooted(typed) || string.IsNullOrEmpty(callersFolder))
        {
            return file;
        }

        var fromCaller = new FileInfo(Path.Combine(callersFolder, typed));
        return !mustExist || fromCaller.Exists ? fromCaller : file;
    }
}
