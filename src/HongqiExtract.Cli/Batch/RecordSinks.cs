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

    private static readonly DataField Doc = new DataField<string>("doc", false);
    private static readonly DataField Ordinal = new DataField<int>("ordinal", false);
    private static readonly DataField Name = new DataField<string>("name", true);
    private static readonly DataField Value = new DecimalDataField("value", 38, 10, false, false);
    private static readonly DataField ValueHigh = new DecimalDataField("value_high", 38, 10, false, true);
    private static readonly DataField Unit = new DataField<string>("unit", false);
    private static readonly DataField Scale = new DecimalDataField("scale", 38, 0, false, false);
    private static readonly DataField NormalizedValue = new DecimalDataField("normalized_value", 38, 10, false, false);
    private static readonly DataField NormalizedUnit = new DataField<string>("normalized_unit", false);
    private static readonly DataField Qualifier = new DataField<string>("qualifier", false);
    private static readonly DataField Kind = new DataField<string>("kind", false);
    private static readonly DataField FromValue = new DecimalDataField("from_value", 38, 10, false, true);
    private static readonly DataField FromNormalizedValue = new DecimalDataField("from_normalized_value", 38, 10, false, true);
    private static readonly DataField PeriodStart = new DataField<int?>("period_start", true);
    private static readonly DataField PeriodEnd = new DataField<int?>("period_end", true);
    private static readonly DataField BaseYear = new DataField<int?>("base_year", true);
    private static readonly DataField IsTarget = new DataField<bool>("is_target", false);
    private static readonly DataField Text = new DataField<string>("text", false);
    private static readonly DataField Start = new DataField<int>("start", false);
    private static readonly DataField End = new DataField<int>("end", false);
    private static readonly DataField Sentence = new DataField<string>("sentence", false);
    private static readonly DataField Section = new DataField<string>("section", true);
    private static readonly DataField Confidence = new DataField<double>("confidence", false);
    private static readonly DataField Category = new DataField<string>("category", true);
    private static readonly DataField DocKind = new DataField<string>("doc_kind", false);

    public static ParquetSchema Schema { get; } = new(Doc, Ordinal, Name, Value, ValueHigh, Unit, Scale, NormalizedValue, NormalizedUnit, Qualifier, Kind,
        FromValue, FromNormalizedValue, PeriodStart, PeriodEnd, BaseYear, IsTarget, Text, Start, End, Sentence, Section, Confidence, Category, DocKind);

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
        var r = _pending;
        await group.WriteAsync(Doc, r.Select(x => x.Doc).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(Ordinal, r.Select(x => x.Ordinal).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Name, r.Select(x => x.Name!).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(Value, r.Select(x => RecordWriters.Plain(x.Value)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(ValueHigh, r.Select(x => x.ValueHigh).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Unit, r.Select(x => x.Unit).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(Scale, r.Select(x => x.Scale).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(NormalizedValue, r.Select(x => RecordWriters.Plain(x.NormalizedValue)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(NormalizedUnit, r.Select(x => x.NormalizedUnit).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Qualifier, r.Select(x => RecordWriters.Name(x.Qualifier)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Kind, r.Select(x => RecordWriters.Name(x.Kind)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(FromValue, r.Select(x => x.FromValue).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<decimal>(FromNormalizedValue, r.Select(x => x.FromNormalizedValue).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(PeriodStart, r.Select(x => x.PeriodStart).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(PeriodEnd, r.Select(x => x.PeriodEnd).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(BaseYear, r.Select(x => x.BaseYear).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<bool>(IsTarget, r.Select(x => x.IsTarget).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Text, r.Select(x => x.Text).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(Start, r.Select(x => x.Start).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<int>(End, r.Select(x => x.End).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Sentence, r.Select(x => x.Sentence).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Section, r.Select(x => x.Section!).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<double>(Confidence, r.Select(x => x.Confidence).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Category, r.Select(x => x.Category!).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(DocKind, r.Select(x => x.DocKind.Code()).ToArray()).ConfigureAwait(false);
        _pending.Clear();
    }

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
