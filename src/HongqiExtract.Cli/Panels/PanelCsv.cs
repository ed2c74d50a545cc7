namespace HongqiExtract.Cli.Panels;

/// <summary>Reads the long panel CSV that <see cref="PanelWriter.Long"/> writes (RFC 4180 quoting), as rows of named fields.</summary>
internal static class PanelCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() is { } first ? Split(first) : throw new InvalidDataException($"{path}: empty panel file");
        if (!header.Contains("indicator_id") || !header.Contains("year")) throw new InvalidDataException($"{path}: not a long panel (hongqi panel --layout long)");
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = Split(line);
            rows.Add(header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : "")).ToDictionary(p => p.name, p => p.value));
        }
        return rows;
    }

    /// <summary>One line's fields; a quoted field may hold commas and doubled quotes (the panel writes no line breaks in a field).</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
