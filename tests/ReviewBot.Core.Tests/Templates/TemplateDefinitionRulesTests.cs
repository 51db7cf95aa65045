using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.Templates;

public class TemplateDefinitionRulesTests
{
    private static QuestionDefinition Number(string id, string? unit = "orders") => new(id, QuestionKind.Number, "How many?", Required: true) { Unit = unit };

    [Fact]
    public void A_well_made_template_has_no_problems()
    {
        var template = new TemplateDefinition("shop-stream", "Shop stream", [Number("orders"), new("best", QuestionKind.Choice, "Best?", true) { Choices = ["Coats", "Boots"], Part = "goods" }])
        {
            Parts = [new PartDefinition("goods", "Goods")],
        };

        Assert.Empty(TemplateDefinitionRules.Check([template]));
    }

    [Fact]
    public void Each_problem_names_its_template_its_question_and_its_field()
    {
        var problems = TemplateDefinitionRules.Check(
        [
            new TemplateDefinition("live-stream", "Ours", [Number("gmv")]),
            new TemplateDefinition("quick", "Quick", [Number("gmv", unit: null), Number("gmv"), new("Mood!", QuestionKind.Choice, "Mood", true) { Choices = ["ok"], Part = "feelings" }]),
            new TemplateDefinition("quick", "Again", []),
        ]);

        Assert.Equal(
            [(0, (int?)null, "id"), (1, 0, "unit"), (1, 1, "id"), (1, 2, "id"), (1, 2, "choices"), (1, 2, "part"), (2, null, "id"), (2, null, "questions")],
            problems.Select(p => (p.Template, p.Question, p.Field)));
    }

    [Theory]
    [InlineData("number", true)]
    [InlineData("Rating", true)]
    [InlineData("slider", false)]
    [InlineData("1", false)]
    public void Reads_the_four_kinds_by_name_only(string text, bool known) =>
        Assert.Equal(known, TemplateDefinitionRules.TryParseKind(text, out _));
}
