using System.Data;
using Dapper;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// Dapper type handlers for the values whose form differs by engine. Rows and parameters use .NET's own
/// types; writing asks the parameter's dialect for the engine's form, reading accepts either form (SQLite's
/// text, PostgreSQL's native value).
/// </summary>
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

    private static InvalidCastException Unreadable(object value, Type type) =>
        new($"A database value of type {value.GetType().Name} cannot be read as {type.Name}.");

    private sealed class InstantHandler : SqlMapper.ITypeHandler
    {
        public void SetValue(IDbDataParameter parameter, object value) =>
            SqlDialect.Of(parameter).SetInstant(parameter, value as DateTimeOffset?);

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
        public void SetValue(IDbDataParameter parameter, object value) =>
            SqlDialect.Of(parameter).SetDate(parameter, value as DateOnly?);

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
        public void SetValue(IDbDataParameter parameter, object value) =>
            SqlDialect.Of(parameter).SetTime(parameter, value as TimeOnly?);

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
        public void SetValue(IDbDataParameter parameter, object value) =>
            SqlDialect.Of(parameter).SetDecimal(parameter, value as decimal?);

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
