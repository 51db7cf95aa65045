namespace ReviewBot.Slack.Blocks;

/// <summary>Slack's Block Kit limits (protocols.md §3, §5). Past them Slack refuses the whole message.</summary>
internal static class SlackLimits
{
    public const int BlocksPerMessage = 50;

    /// <summary>Our budget for a message's blocks as JSON, below Slack's undocumented ~12,000-character limit.</summary>
    public const int MessageCharacters = 11_000;
    public const int BlocksPerModal = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ModalTitle = 24;
    public const int ModalSubmit = 24;
    public const int InputLabel = 2000;
    public const int InputHint = 2000;
    public const int OptionText = 75;
    public const int OptionsPerSelect = 100;
    public const int BlockId = 255;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;

    /// <summary>Slack cuts a message's fallback text beyond this; we keep it far shorter.</summary>
    public const int FallbackText = 3000;
}
