using System.Collections.Concurrent;

namespace ReviewBot.Storage.Caching;

/// <summary>
/// What this process has read of the directory (workspaces, teams with their settings, members), kept for as long
/// as the directory's version stays the same. Every use reads the version first (<see cref="DirectoryVersion"/>),
/// so a write committed anywhere (the import verb, another host, this one) before a read began is seen by it: at
/// most one cheap read per use instead of the directory's own queries. The version is read before the rows, so
/// rows kept under a version are never older than it.
/// </summary>
internal sealed class DirectoryCache(Database database)
{
    /// <summary>Enough for every person of a large installation; past it, reads go to the database uncached.</summary>
    private const int MaxEntries = 50_000;

    private readonly DirectoryVersion _version = new(database);
    private Generation _current = new(-1);

    /// <summary>The value kept for <paramref name="key"/> at the directory's current version, else loaded and kept.</summary>
    public async Task<T> GetAsync<T>(DirectoryKey key, Func<StorageSession, CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        var generation = At(await _version.ReadAsync(cancellationToken));
        if (generation.Entries.TryGetValue(key, out var kept))
        {
            return (T)kept!;
        }

        T loaded;
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            loaded = await load(session, cancellationToken);
        }

        if (generation.Entries.Count < MaxEntries)
        {
            generation.Entries.TryAdd(key, loaded);
        }

        return loaded;
    }

    /// <summary>
    /// The entries for this version or a newer one. Versions only grow, so a reader that read an older version than
    /// another reader already moved to is served the newer rows, never the other way round.
    /// </summary>
    private Generation At(long version)
    {
        while (true)
        {
            var current = Volatile.Read(ref _current);
            if (current.Version >= version)
            {
                return current;
            }

            var next = new Generation(version);
            if (Interlocked.CompareExchange(ref _current, next, current) == current)
            {
                return next;
            }
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<DirectoryKey, object?> Entries { get; } = new();
    }
}

/// <summary>One directory read and its arguments, as the cache's key.</summary>
internal readonly record struct DirectoryKey(DirectoryRead Read, string First, string Second = "", string Third = "");

internal enum DirectoryRead
{
    WorkspaceByExternalId,
    WorkspaceById,
    EnabledWorkspaces,
    MembersByChatIdentity,
    Teams,
    Team,
    Member,
    TeamMembers,
    AllTeamMembers,
}
