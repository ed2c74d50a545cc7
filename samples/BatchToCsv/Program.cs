using HongqiExtract.Batch;
using HongqiExtract.Output;
// Reports (a folder, a zip or tar archive, or files) to one CSV and a manifest with the library's batch
// API: read and extracted in parallel, written in input order, every input accounted for in the manifest,
// and Ctrl+C stops cleanly after the documents in flight.

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: BatchToCsv INPUT OUTPUT.csv [MANIFEST.jsonl]");
    return 2;
}
var (input, output) = (args[0], args[1]);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

await using var stream = File.Create(output);
await using var writer = RecordWriters.Utf8Writer(stream);
await using var manifestStream = args.Length == 3 ? File.Create(args[2]) : Stream.Null;
var manifest = new ManifestWriter(manifestStream);
RecordWriters.WriteCsvHeader(writer);
var progress = new ProgressLine();
int documents = 0, records = 0, failed = 0;
try
{
    await foreach (var result in new BatchExtractor(new BatchOptions([input])).ExtractAsync(progress, cancel.Token))
    {
        manifest.Write(result.Entry);
        documents++;
        if (result.Entry.Status == ManifestStatus.Error) { Console.Error.WriteLine($"\n{result.Entry.Doc}: {result.Entry.Error}"); failed++; continue; }
        RecordWriters.WriteCsvRows(result.Records, writer);
        records += result.Records.Count;
    }
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"\ninterrupted after {documents} documents");
}
Console.WriteLine($"\n{documents} documents, {records} records, {failed} failed → {output}");
return failed == 0 && !cancel.IsCancellationRequested ? 0 : 1;

/// <summary>One progress line on stderr, redrawn as each document is done (reported on the enumerating thread, in order).</summary>
internal sealed class ProgressLine : IProgress<BatchProgress>
{
    public void Report(BatchProgress p) => Console.Error.Write($"\r{p.DocumentsDone}/{p.DocumentsFound} documents, {p.Records} records, {p.Failed} failed ");
}
