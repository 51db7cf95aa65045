using System.Data;
using Dapper;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// Dapper type handlers for the values whose form differs by engine. Rows and parameters use .NET's own
/// types; writing asks the parameter's dialect for the engine's form, reading accepts either form (SQLite's
/// text, PostgreSQL's native value).
/// </summary>
/// <remarks>
/// Dapper's handlers are process-wide, so another library's Dapper calls in this process (Hangfire.PostgreSql)
/// meet them too. A parameter of any provider but SQLite's or Npgsql's passes through as Dapper's own map would
/// send it (the value untouched, the DbType Dapper would give it). An Npgsql parameter from another library
/// gets PostgreSQL's form: the same DbType Dapper would pick, an instant in UTC (timestamptz keeps only UTC),
/// and instants and times cut to what the bot keeps. That is the trade-off of handlers being global:
/// Dapper offers no per-connection handlers, and throwing would break the other library outright.
/// </remarks>
internal static class SqlValueHandlers
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the handlers once per process; Dapper's handlers are global.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            // Dapper's built-in map sends these straight to the provider and would never ask a handler.
            foreach (var type in new[] { typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(decimal) })
            {
                SqlMapper.RemoveTypeMap(type);
                SqlMapper.RemoveTypeMap(typeof(Nullable<>).MakeGenericType(type));
            }

            SqlMapper.AddTypeHandler(typeof(DateTimeOffset), new InstantHandler());
            SqlMapper.AddTypeHandler(typeof(DateOnly), new DateHandler());
            SqlMapper.AddTypeHandler(typeof(TimeOnly), new TimeHandler());
            SqlMapper.AddTypeHandler(typeof(decimal), new DecimalHandler());
            _registered = true;
        }
    }

    /// <summary>
    /// Whole microseconds: what PostgreSQL's timestamptz keeps. Cut on both engines so an instant reads back
    /// equal to what was written, whichever engine holds it.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>Whole minutes: check-in times are set to the minute, and SQLite's text form holds no more.</summary>
    public static TimeOnly ToStoredPrecision(TimeOnly time) => new(time.Hour, time.Minute);

    private static void PassThrough(IDbDataParameter parameter, DbType type, object value)
    {
        parameter.DbType = type;
        parameter.Value = value;
    }

    private static InvalidCastException Unreadable(object value, Type type) =>
        new($"A database value of type {value.GetType().Name} cannot be read as {type.Name}.");

    private sealed class InstantHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            if (SqlDialect.Of(parameter) is not { } dialect)
            {
                PassThrough(parameter, DbType.DateTimeOffset, value);
                return;
            }

            dialect.SetInstant(parameter, value is DateTimeOffset instant ? ToStoredPrecision(instant) : null);
        }

        public object Parse(Type destinationType, object value) => value switch
        {
            string text => SqlText.ToInstant(text),
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset instant => instant.ToUniversalTime(),
            _ => throw Unreadable(value, typeof(DateTimeOffset)),
        };
    }

    private sealed class DateHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            if (SqlDialect.Of(parameter) is not { } dialect)
            {
                PassThrough(parameter, DbType.Date, value);
                return;
            }

            dialect.SetDate(parameter, value as DateOnly?);
        }

        public object Parse(Type destinationType, object value) => value switch
        {
            string text => SqlText.ToDate(text),
            DateOnly date => date,
            DateTime date => DateOnly.FromDateTime(date),
            _ => throw Unreadable(value, typeof(DateOnly)),
        };
    }

    private sealed class TimeHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            if (SqlDialect.Of(parameter) is not { } dialect)
            {
                PassThrough(parameter, DbType.Time, value);
                return;
            }

            dialect.SetTime(parameter, value is TimeOnly time ? ToStoredPrecision(time) : null);
        }

        public object Parse(Type destinationType, object value) => value switch
        {
            string text => SqlText.ToTime(text),
            TimeOnly time => time,
            TimeSpan time => TimeOnly.FromTimeSpan(time),
            _ => throw Unreadable(value, typeof(TimeOnly)),
        };
    }

    private sealed class DecimalHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value)
        {
            if (SqlDialect.Of(parameter) is not { } dialect)
            {
                PassThrough(parameter, DbType.Decimal, value);
                return;
            }

            dialect.SetDecimal(parameter, value as decimal?);
        }

        public object Parse(Type destinationType, object value) => value switch
        {
            string text => SqlText.ToDecimal(text),
            decimal number => number,
            // SQLite hands back a number it stored as INTEGER or REAL (a value written by hand in sqlite3).
            long number => (decimal)number,
            double number => (decimal)number,
            _ => throw Unreadable(value, typeof(decimal)),
        };
    }
}
