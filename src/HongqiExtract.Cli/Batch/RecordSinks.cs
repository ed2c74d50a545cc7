using HongqiExtract.Documents;
using HongqiExtract.Output;

namespace HongqiExtract.Cli.Batch;

/// <summary>Where a batch's records go, in order, from the batch's threads one call at a time.</summary>
internal interface IRecordSink : IAsyncDisposable
{
    void Write(IReadOnlyList<IndicatorRecord> records);

    /// <summary>The run was interrupted: disposing finishes nothing (no Parquet footer, no copy out).</summary>
    void Abandon() { }
}

internal sealed class JsonLinesSink(Stream stream) : IRecordSink
{
    public void Write(IReadOnlyList<IndicatorRecord> records) => RecordWriters.WriteJsonLines(records, stream);

    public async ValueTask DisposeAsync() => await stream.FlushAsync().ConfigureAwait(false);
}

internal sealed class CsvSink : IRecordSink
{
    private readonly StreamWriter _writer;

    public CsvSink(Stream stream, bool byteOrderMark = false)
    {
        _writer = RecordWriters.Utf8Writer(stream);
        // --csv-bom: Excel on a Chinese-locale Windows reads a CSV without one as GBK.
        if (byteOrderMark) _writer.Write('\uFEFF');
        RecordWriters.WriteCsvHeader(_writer);
    }

    public void Write(IReadOnlyList<IndicatorRecord> records) => RecordWriters.WriteCsvRows(records, _writer);

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>Parquet through the library's writer (doubles, or decimals with --parquet-decimal).</summary>
internal sealed class ParquetSink(Stream stream, bool decimalColumns) : IRecordSink
{
    private readonly ParquetRecordWriter _writer = new(stream, decimalColumns);

    // The batch's threads are dedicated, with no synchronization context to deadlock on; a row group is
    // flushed once every many thousand records.
    public void Write(IReadOnlyList<IndicatorRecord> records) => _writer.WriteAsync(records).GetAwaiter().GetResult();

    public void Abandon() => _writer.Abandon();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
