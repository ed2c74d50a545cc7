using HongqiExtract.Documents;
using HongqiExtract.Output;
using Parquet;
using Parquet.Schema;

namespace HongqiExtract.Cli.Batch;

/// <summary>Where a batch's records go, in order.</summary>
internal interface IRecordSink : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<IndicatorRecord> records);

    /// <summary>The run was interrupted: disposing finishes nothing (no Parquet footer, no copy out).</summary>
    void Abandon() { }
}

internal sealed class JsonLinesSink(Stream stream) : IRecordSink
{
    public Task WriteAsync(IReadOnlyList<IndicatorRecord> records)
    {
        RecordWriters.WriteJsonLines(records, stream);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await stream.FlushAsync().ConfigureAwait(false);
}

internal sealed class CsvSink : IRecordSink
{
    private readonly StreamWriter _writer;

    public CsvSink(Stream stream)
    {
        _writer = RecordWriters.Utf8Writer(stream);
        RecordWriters.WriteCsvHeader(_writer);
    }

    public Task WriteAsync(IReadOnlyList<IndicatorRecord> records)
    {
        RecordWriters.WriteCsvRows(records, _writer);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>
/// Parquet with typed columns, one row group per 10,000 records so memory stays flat. Parquet needs
/// to seek, so output to a pipe goes through a temporary file.
/// </summary>
internal sealed class ParquetSink : IRecordSink
{
    private const int RowGroupSize = 10_000;

    /// <summary>One Parquet column per field of <see cref="RecordSchema"/>, typed as the field is.</summary>
    private static readonly (RecordField Field, DataField Column)[] Columns = RecordSchema.Fields.Select(f => (f, ColumnOf(f))).ToArray();

    public static ParquetSchema Schema { get; } = new(Columns.Select(c => (Field)c.Column).ToArray());

    private static DataField ColumnOf(RecordField field) => field switch
    {
        TextField => new DataField<string>(field.Name, field.IsNullable),
        IntegerField => field.IsNullable ? new DataField<int?>(field.Name, true) : new DataField<int>(field.Name, false),
        DecimalField d => new DecimalDataField(field.Name, 38, d.FractionDigits, false, field.IsNullable),
        BooleanField => new DataField<bool>(field.Name, false),
        RealField => new DataField<double>(field.Name, false),
        // The cell {"table", "row", "col"} as JSON text, as CSV writes it.
        TableCellField => new DataField<string>(field.Name, true),
        // The months [first, last] as JSON text, as CSV writes them.
        MonthRangeField => new DataField<string>(field.Name, true),
        _ => throw new NotSupportedException($"no Parquet column for {field.GetType().Name}"),
    };

    private readonly Stream _target;
    private readonly Stream _file;
    private readonly string? _temporary;
    private readonly List<IndicatorRecord> _pending = new(RowGroupSize);
    private ParquetWriter? _writer;
    private bool _abandoned;

    public void Abandon() => _abandoned = true;

    public ParquetSink(Stream target, bool seekable)
    {
        _target = target;
        if (seekable) _file = target;
        else
        {
            _temporary = Path.GetTempFileName();
            _file = new FileStream(_temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            // Unlinked while open: even SIGKILL leaves nothing behind in the temporary folder.
            if (!OperatingSystem.IsWindows()) File.Delete(_temporary);
        }
    }

    public async Task WriteAsync(IReadOnlyList<IndicatorRecord> records)
    {
        _pending.AddRange(records);
        if (_pending.Count >= RowGroupSize) await FlushAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync()
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, _file).ConfigureAwait(false);
        if (_pending.Count == 0) return;
        using var group = _writer.CreateRowGroup();
        foreach (var (field, column) in Columns) await WriteColumnAsync(group, field, column, _pending).ConfigureAwait(false);
        _pending.Clear();
    }

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, RecordField field, DataField column, List<IndicatorRecord> r) => field switch
    {
        TextField t => group.WriteAsync(column, r.Select(x => t.Value(x)!).ToArray()),
        IntegerField n when n.IsNullable => group.WriteAsync<int>(column, r.Select(x => n.Value(x)).ToArray()),
        IntegerField n => group.WriteAsync<int>(column, r.Select(x => n.Value(x)!.Value).ToArray()),
        DecimalField d when d.IsNullable => group.WriteAsync<decimal>(column, r.Select(x => d.Value(x)).ToArray()),
        DecimalField d => group.WriteAsync<decimal>(column, r.Select(x => d.Value(x)!.Value).ToArray()),
        BooleanField b => group.WriteAsync<bool>(column, r.Select(x => b.Value(x)).ToArray()),
        RealField f => group.WriteAsync<double>(column, r.Select(x => f.Value(x)).ToArray()),
        TableCellField c => group.WriteAsync(column, r.Select(x => c.FormatCsv(x)!).ToArray()),
        MonthRangeField m => group.WriteAsync(column, r.Select(x => m.FormatCsv(x)!).ToArray()),
        _ => throw new NotSupportedException($"no Parquet column for {field.GetType().Name}"),
    };

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
