using HongqiExtract.Catalogue;
using HongqiExtract.Output;
using Parquet;
using Parquet.Schema;

namespace HongqiExtract.Cli.Panels;

/// <summary>
/// The panel as Parquet, with the columns of the CSV layouts in the same order, typed: years and offsets
/// as integers, values as doubles (what analysts' tools read; the exact decimals are in the records),
/// is_target as a boolean. One row group: a panel is small.
/// </summary>
internal static class PanelParquet
{
    public static async Task LongAsync(IReadOnlyList<PanelCell> cells, Stream output)
    {
        var chosen = cells.Select(c => c.Chosen).ToList();
        var table = new Table(output);
        table.Text("region", chosen.Select(f => f.Region));
        table.Text("indicator_id", chosen.Select(f => f.IndicatorId));
        table.Text("indicator", chosen.Select(f => IndicatorCatalogue.Shared[f.IndicatorId]?.Name));
        table.Integer("year", chosen.Select(f => (int?)f.Year));
        table.Text("kind", chosen.Select(f => RecordWriters.Name(f.Kind)));
        table.Boolean("is_target", chosen.Select(f => f.IsTarget));
        table.Real("value", chosen.Select(f => (double?)(double)f.Record.Value));
        table.Text("unit", chosen.Select(f => f.Record.Unit));
        table.Real("normalized_value", chosen.Select(f => (double?)(double)f.Record.NormalizedValue));
        table.Text("normalized_unit", chosen.Select(f => f.Record.NormalizedUnit));
        table.Text("doc", chosen.Select(f => f.Record.Doc));
        table.Integer("start", chosen.Select(f => (int?)f.Record.Start));
        table.Integer("end", chosen.Select(f => (int?)f.Record.End));
        table.Text("text", chosen.Select(f => f.Record.Text));
        table.Integer("other_figures", cells.Select(c => (int?)c.Others.Count));
        table.Text("region_code", chosen.Select(f => f.RegionCode));
        await table.WriteAsync().ConfigureAwait(false);
    }

    public static async Task WideAsync(IReadOnlyList<PanelCell> cells, Stream output)
    {
        var years = PanelWriter.Years(cells);
        var rows = PanelWriter.WideRows(cells);
        var table = new Table(output);
        table.Text("region", rows.Select(r => r.Key.Region));
        table.Text("indicator_id", rows.Select(r => r.Key.IndicatorId));
        table.Text("indicator", rows.Select(r => IndicatorCatalogue.Shared[r.Key.IndicatorId]?.Name));
        table.Text("kind", rows.Select(r => RecordWriters.Name(r.Key.Kind)));
        table.Boolean("is_target", rows.Select(r => r.Key.IsTarget));
        table.Text("normalized_unit", rows.Select(r => r.Key.NormalizedUnit));
        foreach (int year in years)
            table.Real(year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                rows.Select(r => r.FirstOrDefault(c => c.Chosen.Year == year) is { } c ? (double?)(double)c.Chosen.Record.NormalizedValue : null));
        await table.WriteAsync().ConfigureAwait(false);
    }

    /// <summary>Columns gathered in order, then written as one row group.</summary>
    private sealed class Table(Stream output)
    {
        private readonly List<(DataField Field, Func<ParquetRowGroupWriter, DataField, Task> Write)> _columns = [];

        public void Text(string name, IEnumerable<string?> values)
        {
            var data = values.ToArray();
            _columns.Add((new DataField<string>(name, true), (g, f) => g.WriteAsync(f, data!)));
        }

        public void Integer(string name, IEnumerable<int?> values)
        {
            var data = values.ToArray();
            _columns.Add((new DataField<int?>(name, true), (g, f) => g.WriteAsync<int>(f, data)));
        }

        public void Real(string name, IEnumerable<double?> values)
        {
            var data = values.ToArray();
            _columns.Add((new DataField<double?>(name, true), (g, f) => g.WriteAsync<double>(f, data)));
        }

        public void Boolean(string name, IEnumerable<bool> values)
        {
            var data = values.ToArray();
            _columns.Add((new DataField<bool>(name, false), (g, f) => g.WriteAsync<bool>(f, data)));
        }

        public async Task WriteAsync()
        {
            var schema = new ParquetSchema(_columns.Select(c => (Field)c.Field).ToArray());
            await using var writer = await ParquetWriter.CreateAsync(schema, output).ConfigureAwait(false);
            using var group = writer.CreateRowGroup();
            foreach (var (field, write) in _columns) await write(group, field).ConfigureAwait(false);
        }
    }
}
