using Parquet;
using Parquet.Schema;

namespace HongqiExtract.Output;

/// <summary>
/// Writes records as Parquet, a typed column per field of <see cref="RecordSchema"/> in its order, one
/// row group per 10,000 records so memory stays flat. Values are doubles by default (what pandas, R,
/// DuckDB and Excel read directly; the exact decimals are in JSON Lines and CSV), or decimal(38, n)
/// with <c>decimalColumns</c>. Parquet needs to seek, so a stream that cannot goes through a temporary
/// file, unlinked while open. The file is complete only after <see cref="DisposeAsync"/>.
/// </summary>
public sealed class ParquetRecordWriter : IAsyncDisposable
{
    private const int RowGroupSize = 10_000;

    private readonly (RecordField Field, DataField Column)[] _columns;
    private readonly ParquetSchema _schema;
    private readonly bool _decimal;
    private readonly Stream _target;
    private readonly Stream _file;
    private readonly string? _temporary;
    private readonly List<IndicatorRecord> _pending = new(RowGroupSize);
    private ParquetWriter? _writer;
    private bool _abandoned;

    /// <summary>Writes to a stream, left open.</summary>
    /// <param name="output">Where the file goes.</param>
    /// <param name="decimalColumns">Value columns as decimal(38, 10) (scale decimal(38, 0)) instead of double.</param>
    public ParquetRecordWriter(Stream output, bool decimalColumns = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _decimal = decimalColumns;
        _columns = [.. RecordSchema.Fields.Select(f => (f, ColumnOf(f)))];
        _schema = new ParquetSchema(_columns.Select(c => (Field)c.Column).ToArray());
        _target = output;
        if (output.CanSeek) _file = output;
        else
        {
            _temporary = Path.GetTempFileName();
            _file = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            // Unlinked while open: even SIGKILL leaves nothing behind in the temporary folder.
            if (!OperatingSystem.IsWindows()) File.Delete(_temporary);
        }
    }

    /// <summary>The Parquet schema the writer uses: the record schema's fields, typed.</summary>
    public ParquetSchema Schema => _schema;

    private DataField ColumnOf(RecordField field) => field switch
    {
        TextField => new DataField<string>(field.Name, field.IsNullable),
        IntegerField => field.IsNullable ? new DataField<int?>(field.Name, true) : new DataField<int>(field.Name, false),
        DecimalField d when _decimal => new DecimalDataField(field.Name, 38, d.FractionDigits, false, field.IsNullable),
        DecimalField => field.IsNullable ? new DataField<double?>(field.Name, true) : new DataField<double>(field.Name, false),
        BooleanField => new DataField<bool>(field.Name, false),
        RealField => new DataField<double>(field.Name, false),
        // The cell {"table", "row", "col"} and the months [first, last] as JSON text, as CSV writes them.
        TableCellField or MonthRangeField => new DataField<string>(field.Name, true),
        _ => throw new NotSupportedException($"no Parquet column for {field.GetType().Name}"),
    };

    /// <summary>Adds records; a row group is written every 10,000.</summary>
    /// <param name="records">The records, in order.</param>
    public async Task WriteAsync(IEnumerable<IndicatorRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _pending.AddRange(records);
        if (_pending.Count >= RowGroupSize) await FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Leaves the output unfinished: disposing then writes no footer and copies nothing out (an interrupted run).</summary>
    public void Abandon() => _abandoned = true;

    private async Task FlushAsync()
    {
        _writer ??= await ParquetWriter.CreateAsync(_schema, _file).ConfigureAwait(false);
        if (_pending.Count == 0) return;
        using var group = _writer.CreateRowGroup();
        foreach (var (field, column) in _columns) await WriteColumnAsync(group, field, column, _pending).ConfigureAwait(false);
        _pending.Clear();
    }

    private Task WriteColumnAsync(ParquetRowGroupWriter group, RecordField field, DataField column, List<IndicatorRecord> r) => field switch
    {
        TextField t => group.WriteAsync(column, r.Select(x => t.Value(x)!).ToArray()),
        IntegerField n when n.IsNullable => group.WriteAsync<int>(column, r.Select(x => n.Value(x)).ToArray()),
        IntegerField n => group.WriteAsync<int>(column, r.Select(x => n.Value(x)!.Value).ToArray()),
        DecimalField d when _decimal && d.IsNullable => group.WriteAsync<decimal>(column, r.Select(x => d.Value(x)).ToArray()),
        DecimalField d when _decimal => group.WriteAsync<decimal>(column, r.Select(x => d.Value(x)!.Value).ToArray()),
        DecimalField d when d.IsNullable => group.WriteAsync<double>(column, r.Select(x => d.Value(x) is { } v ? (double?)(double)v : null).ToArray()),
        DecimalField d => group.WriteAsync<double>(column, r.Select(x => (double)d.Value(x)!.Value).ToArray()),
        BooleanField b => group.WriteAsync<bool>(column, r.Select(x => b.Value(x)).ToArray()),
        RealField f => group.WriteAsync<double>(column, r.Select(x => f.Value(x)).ToArray()),
        TableCellField c => group.WriteAsync(column, r.Select(x => c.FormatCsv(x)!).ToArray()),
        MonthRangeField m => group.WriteAsync(column, r.Select(x => m.FormatCsv(x)!).ToArray()),
        _ => throw new NotSupportedException($"no Parquet column for {field.GetType().Name}"),
    };

    /// <summary>Writes what is pending and the footer (unless abandoned), and copies a temporary file out.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_abandoned)
        {
            if (_temporary is not null) await _file.DisposeAsync().ConfigureAwait(false);
            return;
        }
        await FlushAsync().ConfigureAwait(false);
        if (_writer is not null) await _writer.DisposeAsync().ConfigureAwait(false);
        if (_temporary is not null)
        {
            _file.Position = 0;
            await _file.CopyToAsync(_target).ConfigureAwait(false);
            await _file.DisposeAsync().ConfigureAwait(false);
        }
        await _target.FlushAsync().ConfigureAwait(false);
    }
}
