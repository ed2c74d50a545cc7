using System.Text.Json;
using HongqiExtract.Batch;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using Parquet;
using Parquet.Schema;

namespace HongqiExtract.Cli.Panels;

/// <summary>
/// Records files a later step reads instead of extracting again: JSON Lines (.jsonl, .ndjson, optionally
/// gzipped) and the Parquet that <c>hongqi extract -f parquet</c> writes. A Parquet row is turned into the
/// JSON line the JSON Lines writer gives for it, so both are read by the one <see cref="RecordReaders"/>.
/// </summary>
internal static class RecordFiles
{
    public static bool IsRecordsFile(string path) =>
        File.Exists(path) && (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase));

    public static async Task<List<IndicatorRecord>> ReadAsync(string path)
    {
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)) return await ReadParquetAsync(path).ConfigureAwait(false);
        await using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        return [.. RecordReaders.ReadJsonLines(reader, path)];
    }

    /// <summary>The records of one input, a list per document or records file; null for one that failed (its error on stderr).</summary>
    public static async Task<List<List<IndicatorRecord>?>> OfInputAsync(string input, IndicatorExtractor extractor, TextWriter stderr)
    {
        if (IsRecordsFile(input))
        {
            try
            {
                return [await ReadAsync(input).ConfigureAwait(false)];
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or IOException or NotSupportedException)
            {
                stderr.WriteLine($"hongqi: {e.Message}");
                return [null];
            }
        }
        var batches = new List<List<IndicatorRecord>?>();
        foreach (var file in DocumentTypes.Files([input]))
        {
            try
            {
                // Ids as hongqi extract gives them (relative to a directory input), so both panels cite the same doc.
                string id = Directory.Exists(input) ? Path.GetRelativePath(input, file).Replace('\\', '/') : file;
                batches.Add([.. extractor.Extract(ReportSource.FromFile(file, id)).Records]);
            }
            catch (ReportReadException e)
            {
                stderr.WriteLine($"hongqi: {e.Message}");
                batches.Add(null);
            }
        }
        return batches;
    }

    private static async Task<List<IndicatorRecord>> ReadParquetAsync(string path)
    {
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file).ConfigureAwait(false);
        var inFile = reader.Schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        if (!inFile.ContainsKey("doc") || !inFile.ContainsKey("normalized_value")) throw new InvalidDataException($"{path}: not a records file (no doc or normalized_value column)");
        var lines = new System.Text.StringBuilder();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            var columns = new List<(RecordField Field, Array Values)>();
            foreach (var field in RecordSchema.Fields)
                if (inFile.TryGetValue(field.Name, out var column)) columns.Add((field, await ReadColumnAsync(group, field, column, rows).ConfigureAwait(false)));
            for (int row = 0; row < rows; row++) lines.Append(JsonLine(columns, row)).Append('\n');
        }
        return [.. RecordReaders.ReadJsonLines(new StringReader(lines.ToString()), path)];
    }

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, RecordField field, DataField column, int rows)
    {
        switch (field)
        {
            case TextField or TableCellField or MonthRangeField: { var v = new string?[rows]; await group.ReadAsync(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case IntegerField when column.IsNullable: { var v = new int?[rows]; await group.ReadAsync<int>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case IntegerField: { var v = new int[rows]; await group.ReadAsync<int>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            // Values are doubles unless the file was written with --parquet-decimal.
            case DecimalField when column.ClrType == typeof(double) && column.IsNullable: { var v = new double?[rows]; await group.ReadAsync<double>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case DecimalField when column.ClrType == typeof(double): { var v = new double[rows]; await group.ReadAsync<double>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case DecimalField when column.IsNullable: { var v = new decimal?[rows]; await group.ReadAsync<decimal>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case DecimalField: { var v = new decimal[rows]; await group.ReadAsync<decimal>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case BooleanField: { var v = new bool[rows]; await group.ReadAsync<bool>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            case RealField: { var v = new double[rows]; await group.ReadAsync<double>(column, v.AsMemory()).ConfigureAwait(false); return v; }
            default: throw new NotSupportedException($"no Parquet column for {field.GetType().Name}");
        }
    }

    private static string JsonLine(List<(RecordField Field, Array Values)> columns, int row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (field, values) in columns)
            {
                switch (values.GetValue(row))
                {
                    case null: json.WriteNull(field.Name); break;
                    // Cells and months are stored as their JSON text.
                    case string text when field is TableCellField or MonthRangeField: json.WritePropertyName(field.Name); json.WriteRawValue(text); break;
                    case string text: json.WriteString(field.Name, text); break;
                    case int n: json.WriteNumber(field.Name, n); break;
                    case decimal d: json.WriteNumber(field.Name, d); break;
                    case bool b: json.WriteBoolean(field.Name, b); break;
                    case double x: json.WriteNumber(field.Name, x); break;
                }
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
