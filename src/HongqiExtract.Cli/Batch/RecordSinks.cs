using HongqiExtract.Documents;
using HongqiExtract.Output;

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

    public CsvSink(Stream stream, bool byteOrderMark = false)
    {
        _writer = RecordWriters.Utf8Writer(stream);
        // --csv-bom: Excel on a Chinese-locale Windows reads a CSV without one as GBK.
        if (byteOrderMark) _writer.Write('\uFEFF');
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

/// <summary>Parquet through the library's writer (doubles, or decimals with --parquet-decimal).</summary>
internal sealed class ParquetSink(Stream stream, bool decimalColumns) : IRecordSink
{
    private readonly ParquetRecordWriter _writer = new(stream, decimalColumns);

    public Task WriteAsync(IReadOnlyList<IndicatorRecord> records) => _writer.WriteAsync(records);

    public void Abandon() => _writer.Abandon();

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
