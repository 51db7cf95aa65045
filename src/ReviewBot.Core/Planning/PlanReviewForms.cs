using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Planning;

/// <summary>The manager's small planning forms: the team target, a send-back comment, and the exchange rates an approval needs.</summary>
internal static class PlanReviewForms
{
    public const string AmountField = "amount";
    public const string CommentField = "comment";
    private const string RatePrefix = "rate.";

    public static string RateField(string currency) => RatePrefix + currency.ToUpperInvariant();

    public static FormReply TeamTarget(Speaker speaker, Quarter planned, TeamPlanTarget? current, IReadOnlyDictionary<string, string>? submitted = null, string? error = null)
    {
        var culture = speaker.Culture;
        var reporting = speaker.Team.ReportingCurrency;
        var value = submitted is not null
            ? submitted.GetValueOrDefault(AmountField)
            : current is null ? null : ValueFormatter.Format(current.Amount, KeyResultUnit.Currency(reporting), culture);
        return new FormReply
        {
            FormId = FormIds.Plan(PlanFormKind.TeamTarget, planned, speaker.Member.Id),
            Title = PlanReviewText.TargetFormTitle(culture, planned.ToString()),
            Intro = PlanReviewText.TargetFormIntro(culture, reporting),
            Fields = [new FormField(AmountField, PlanReviewText.TargetLabel(culture, reporting), FieldKind.Amount, Required: true, value, error, PlanReviewText.TargetHint(culture), reporting)],
            SubmitLabel = PlanReviewText.TargetSubmit(culture),
        };
    }

    public static FormReply SendBack(Speaker speaker, Member member, Quarter planned, string? comment = null, string? error = null, long? version = null)
    {
        var culture = speaker.Culture;
        return new FormReply
        {
            FormId = FormIds.Plan(PlanFormKind.SendBack, planned, member.Id, version),
            Title = PlanReviewText.SendBackFormTitle(culture, member.Name, planned.ToString()),
            Intro = PlanReviewText.SendBackFormIntro(culture, member.Name),
            Fields = [new FormField(CommentField, PlanReviewText.CommentLabel(culture), FieldKind.MultilineText, Required: true, comment, error)],
            SubmitLabel = PlanReviewText.SendBackSubmit(culture),
        };
    }

    /// <param name="currencies">The currencies without a rate for <paramref name="planned"/>.</param>
    public static FormReply ExchangeRates(Speaker speaker, Team team, Member member, Quarter planned, IReadOnlyList<string> currencies, IReadOnlyDictionary<string, string>? submitted = null, IReadOnlyDictionary<string, string>? errors = null, long? version = null)
    {
        var culture = speaker.Culture;
        var reporting = team.ReportingCurrency;
        var fields = currencies.Select(code =>
        {
            var id = RateField(code);
            var hint = PlanMoney.Rate(team, code, planned.Previous()) is { } earlier
                ? PlanReviewText.RateHintWithEarlier(culture, reporting, code, planned.Previous().ToString(), ValueText.ForEditing(earlier, culture))
                : PlanReviewText.RateHint(culture, reporting, code);
            return new FormField(id, $"{code} → {reporting}", FieldKind.Number, Required: true, submitted?.GetValueOrDefault(id), errors?.GetValueOrDefault(id), hint);
        }).ToList();
        return new FormReply
        {
            FormId = FormIds.Plan(PlanFormKind.ExchangeRates, planned, member.Id, version),
            Title = PlanReviewText.RatesFormTitle(culture, planned.ToString()),
            Intro = PlanReviewText.RatesFormIntro(culture, member.Name, ReviewBot.Core.Reviews.ReaderPunctuation.Names(currencies, culture), planned.ToString()),
            Fields = fields,
            SubmitLabel = PlanReviewText.RatesSubmit(culture),
        };
    }

    /// <summary>The currencies a rates form asks for, read back from its field ids.</summary>
    public static IReadOnlyList<string> RateCurrencies(FormSubmission form) =>
        [.. form.Values.Keys.Where(k => k.StartsWith(RatePrefix, StringComparison.Ordinal)).Select(k => k[RatePrefix.Length..].ToUpperInvariant())
            .Where(c => c.Length == 3 && c.All(char.IsAsciiLetter)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>A rate as typed: a number above zero, with the reader's decimal mark or a point; no thousands marks, a rate has none.</summary>
    public static decimal? ReadRate(string? text, CultureInfo culture)
    {
        const NumberStyles Plain = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        var trimmed = (text ?? "").Trim();
        return (decimal.TryParse(trimmed, Plain, culture, out var rate) || decimal.TryParse(trimmed, Plain, CultureInfo.InvariantCulture, out rate)) && rate > 0m
            ? rate
            : null;
    }
}
