using System.Buffers;
using System.Text.Json;
using HongqiExtract.Output;
using HongqiExtract.Pipeline;
using HongqiExtract.Reading;
using HongqiExtract.Recognition.Periods;

namespace HongqiExtract.Tests.Output;

/// <summary>
/// The direct UTF-8 writer of JSON Lines against Utf8JsonWriter with the same encoder, byte for byte:
/// the records of the corpus and the dev passages, random numbers in every numeric field, every
/// character that needs no escaping, and the records it must leave to the general writer.
/// </summary>
public class JsonLineWriterTests
{
    private static readonly Lazy<List<IndicatorRecord>> CorpusRecords = new(() =>
    {
        var extractor = new IndicatorExtractor();
        var files = Directory.GetFiles(SharedData.Path("corpus", "real"), "*.txt").Concat(Directory.GetFiles(SharedData.Path("corpus", "passages"), "dev-*"));
        return files.Order(StringComparer.Ordinal).SelectMany(f => extractor.Extract(ReportSource.FromFile(f)).Records).ToList();
    });

    private static byte[] Direct(IndicatorRecord record)
    {
        var room = new byte[1 << 20];
        int written = JsonLineWriter.Write(record, room);
        Assert.True(written > 0, $"written {written}");
        return room[..written];
    }

    private static byte[] General(IndicatorRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonLineWriter.Encoder });
        RecordWriters.WriteGeneral(record, writer, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void AssertSame(IndicatorRecord record)
    {
        byte[] expected = General(record), actual = Direct(record);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"{System.Text.Encoding.UTF8.GetString(expected)}\nagainst\n{System.Text.Encoding.UTF8.GetString(actual)}");
    }

    [Fact]
    public void The_corpus_records_are_written_as_the_general_writer_writes_them()
    {
        var records = CorpusRecords.Value;
        Assert.True(records.Count > 4000, $"{records.Count} records");
        int direct = 0;
        foreach (var record in records)
        {
            if (JsonLineWriter.Write(record, new byte[1 << 20]) == 0) continue;
            AssertSame(record);
            direct++;
        }
        Assert.True(direct > records.Count * 0.95, $"{direct} of {records.Count} written directly");
    }

    [Fact]
    public void Random_numbers_in_every_numeric_field_are_written_as_the_general_writer_writes_them()
    {
        var random = new Random(2026);
        var template = CorpusRecords.Value[0];
        decimal RandomDecimal()
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), random.Next(2) == 0, (byte)random.Next(0, 29));
            return random.Next(4) == 0 ? decimal.Round(value, random.Next(0, 6)) : value;
        }
        int? RandomInt() => random.Next(5) == 0 ? null : random.Next(int.MinValue, int.MaxValue);
        for (int n = 0; n < 5000; n++)
        {
            double confidence = random.Next(3) switch
            {
                0 => Math.Round(random.NextDouble(), 2),
                1 => BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : 0.5,
                _ => random.NextDouble() * Math.Pow(10, random.Next(-300, 300)),
            };
            AssertSame(template with
            {
                Ordinal = random.Next(),
                Value = RandomDecimal(),
                ValueHigh = random.Next(3) == 0 ? null : RandomDecimal(),
                Scale = RandomDecimal(),
                NormalizedValue = RandomDecimal(),
                FromValue = random.Next(2) == 0 ? null : RandomDecimal(),
                PeriodStart = RandomInt(),
                PeriodEnd = RandomInt(),
                PeriodMonths = random.Next(2) == 0 ? null : new MonthRange(random.Next(1, 13), random.Next(1, 13)),
                IsTarget = random.Next(2) == 0,
                Confidence = confidence,
                SourceStart = RandomInt(),
                TableCell = random.Next(2) == 0 ? null : new TableCellPosition(random.Next(), random.Next(), random.Next()),
                Name = random.Next(4) == 0 ? null : template.Name,
            });
        }
    }

    [Fact]
    public void Every_character_that_needs_no_escaping_is_written_as_the_general_writer_writes_it()
    {
        var template = CorpusRecords.Value[0];
        var plain = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && !JsonLineWriter.Encoder.WillEncode(c)).ToArray();
        Assert.True(plain.Length > 50_000, $"{plain.Length} characters");
        foreach (var chunk in plain.Chunk(2000)) AssertSame(template with { Sentence = new string(chunk) });
    }

    [Theory]
    [InlineData("引号\"在内")]
    [InlineData("反斜杠\\在内")]
    [InlineData("换行\n在内")]
    [InlineData("表情😀在内")]
    public void A_record_with_a_text_to_escape_is_left_to_the_general_writer(string sentence)
    {
        var record = CorpusRecords.Value[0] with { Sentence = sentence };
        Assert.Equal(0, JsonLineWriter.Write(record, new byte[1 << 20]));
        using var stream = new MemoryStream();
        RecordWriters.WriteJsonLines([CorpusRecords.Value[0], record, CorpusRecords.Value[1]], stream);
        byte[] expected = [.. General(CorpusRecords.Value[0]), .. General(record), .. General(CorpusRecords.Value[1])];
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void A_confidence_that_is_not_finite_is_left_to_the_general_writer_which_refuses_it()
    {
        var record = CorpusRecords.Value[0] with { Confidence = double.NaN };
        Assert.Equal(0, JsonLineWriter.Write(record, new byte[1 << 20]));
        Assert.Throws<ArgumentException>(() => RecordWriters.WriteJsonLines([record], new MemoryStream()));
    }

    [Fact]
    public void Room_too_small_is_refused_not_overrun_and_a_long_record_still_gets_written()
    {
        var record = CorpusRecords.Value[0];
        int needed = Direct(record).Length;
        var room = new byte[needed];
        // Room is judged at three bytes a UTF-16 unit and 64 a number: a line one byte short never fits.
        foreach (int size in new[] { 0, 1, needed / 2, needed - 1 }) Assert.Equal(-1, JsonLineWriter.Write(record, room.AsSpan(0, size)));

        // A sentence of 100,000 characters takes more than the room a record is first given.
        var longRecord = record with { Sentence = new string('增', 100_000) };
        using var stream = new MemoryStream();
        RecordWriters.WriteJsonLines([record, longRecord, record], stream);
        Assert.Equal([.. General(record), .. General(longRecord), .. General(record)], stream.ToArray());
    }
}
