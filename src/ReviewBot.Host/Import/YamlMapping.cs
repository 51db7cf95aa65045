using YamlDotNet.RepresentationModel;

namespace ReviewBot.Host.Import;

/// <summary>
/// Reads one YAML mapping field by field, reporting every problem with its line and field path, and
/// afterwards every field nobody asked for (a typo such as "tagret" would otherwise be ignored).
/// </summary>
internal sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly List<ImportError> _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMapping(YamlMappingNode node, string path, List<ImportError> errors)
    {
        _node = node;
        Path = path;
        _errors = errors;
    }

    public string Path { get; }

    public int Line => LineOf(_node);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public string FieldPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public YamlNode? Node(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: var name } && name == key)
            {
                return v is YamlScalarNode { Value: null or "" or "~" or "null" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : v;
            }
        }

        return null;
    }

    public bool Has(string key) => Node(key) is not null;

    /// <summary>A scalar's text, trimmed; null (and an error when <paramref name="required"/>) when missing.</summary>
    public string? Text(string key, bool required = true, string? hint = null)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Error(Line, key, $"is missing{(hint is null ? "" : $"; {hint}")}.");
                }

                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case YamlScalarNode:
                if (required)
                {
                    Error(LineOf(node), key, $"is empty{(hint is null ? "" : $"; {hint}")}.");
                }

                return null;
            default:
                Error(LineOf(node), key, "should be a single value, not a list or a mapping.");
                return null;
        }
    }

    public YamlMapping? Mapping(string key, bool required = true)
    {
        var node = Node(key);
        switch (node)
        {
            case YamlMappingNode mapping:
                return new YamlMapping(mapping, FieldPath(key), _errors);
            case null:
                if (required)
                {
                    Error(Line, key, "is missing.");
                }

                return null;
            default:
                Error(LineOf(node), key, "should be a mapping of fields (name: value).");
                return null;
        }
    }

    public IReadOnlyList<(YamlNode Node, string Path)> Sequence(string key, bool required = true)
    {
        var node = Node(key);
        switch (node)
        {
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select((item, i) => (item, $"{FieldPath(key)}[{i}]"))];
            case null:
                if (required)
                {
                    Error(Line, key, "is missing.");
                }

                return [];
            default:
                Error(LineOf(node), key, "should be a list (items starting with '- ').");
                return [];
        }
    }

    /// <summary>The fields of a free-form mapping (currency codes, markets), in file order.</summary>
    public IReadOnlyList<(string Key, YamlNode Value)> Entries() =>
        [.. _node.Children.Select(pair => (pair.Key is YamlScalarNode { Value: { } name } ? name : "", pair.Value))];

    public void Error(int line, string key, string message) => _errors.Add(new ImportError(line, FieldPath(key), message));

    /// <summary>Reports the fields that no reader asked for, naming the closest known one.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (k, _) in _node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(name))
            {
                continue;
            }

            var closest = Core.EditDistance.Closest(_read, name);
            var suggestion = closest is not null && Core.EditDistance.Between(closest.ToLowerInvariant(), name.ToLowerInvariant()) <= 3
                ? $" Did you mean '{closest}'?"
                : $" Known fields here: {string.Join(", ", _read)}.";
            _errors.Add(new ImportError(LineOf(k), FieldPath(name), $"is not a field ReviewBot knows.{suggestion}"));
        }
    }
}
