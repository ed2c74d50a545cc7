using HongqiExtract.Lexicons;
using HongqiExtract.Normalization;
using HongqiExtract.Segmentation;

namespace HongqiExtract.Binding;

/// <summary>
/// Finds the minimal noun phrase naming what a number measures, from the jieba tokens of the text
/// between the previous mention (or clause start) and the number: leading discourse words and
/// trailing verbs, adverbs and particles are cut at word boundaries, so 达 in 发达 never cuts.
/// </summary>
internal sealed class NameBinder(IWordSegmenter segmenter)
{
    private readonly CueLexicon<BindingCue> _cues = CueLexicon<BindingCue>.Shared;

    /// <summary>The name in <paramref name="segment"/> (the text before the number), and where it starts in it; null when none.</summary>
    public (string Name, int Offset)? NameBefore(string segment)
    {
        if (string.IsNullOrWhiteSpace(segment)) return null;
        var cleaned = RemovePhrases(segment);
        // X、Y、Z等7大产业集群…: the enumeration before 等 is an example list, not the name.
        int etc = cleaned.LastIndexOf('等');
        if (etc >= 0 && etc < cleaned.Length - 1 && IsEnumerationEtc(cleaned, etc)) cleaned = cleaned[(etc + 1)..];
        var tokens = segmenter.Segment(cleaned);
        int first = 0, last = tokens.Count;
        // 补助标准由每人每年…, 起征点从月销售额…: what follows 从/由 is the starting point, not the name.
        for (int t = 1; t < tokens.Count; t++)
            if (_cues.Is(BindingCue.FromMarkers, tokens[t].Word)) { last = t; break; }
        while (last > first && (IsTrailingNoise(tokens[last - 1].Word))) last--;
        while (first < last)
        {
            // 2024年国内生产总值: a year before a name is its period, not part of it.
            if (first + 1 < last && !tokens[first].Word.AsSpan().ContainsAnyExceptInRange('0', '9') && tokens[first + 1].Word.StartsWith('年')) { first += 2; continue; }
            // 建成5G基站: a clause's verb before the noun phrase, but only with a noun after it.
            if (!IsLeadingNoise(tokens[first].Word) && !(first + 1 < last && _cues.Is(BindingCue.NameLeadingVerbs, tokens[first].Word))) break;
            first++;
        }
        if (first >= last) return null;
        int nameEnd = tokens[last - 1].End;
        // 全球“灯塔工厂”, 科技创新平台（基地）: keep the closing mark of a quotation or bracket the name opened.
        foreach (var (open, close) in new[] { ('“', '”'), ('（', '）'), ('(', ')'), ('《', '》') })
        {
            var inName = cleaned.AsSpan(tokens[first].Start, nameEnd - tokens[first].Start);
            if (nameEnd < cleaned.Length && cleaned[nameEnd] == close && Count(inName, open) > Count(inName, close)) nameEnd++;
        }
        var name = DropInnerVerbs(DropInnerYears(TrimMarks(cleaned[tokens[first].Start..nameEnd])));
        if (name.Length == 0 || !name.Any(ChineseText.IsIdeograph)) return null;
        int offset = segment.IndexOf(name, StringComparison.Ordinal);
        return (name, Math.Max(0, offset));
    }

    /// <summary>Whether a word after a count can still belong to the counted noun: no verb, function word or break.</summary>
    private bool InName(string word) =>
        !_cues.Is(BindingCue.NameTrailing, word) && !_cues.Is(BindingCue.ClauseVerbs, word) && !_cues.Is(BindingCue.NameEndVerbs, word)
        && !PartOfSpeech.EndsNoName(word) && !StartsWithVerbCue(word);

    /// <summary>The noun phrase right after a count (17项国家级荣誉 → 国家级荣誉), up to a verb or break.</summary>
    public string? NameAfter(string following)
    {
        if (following.Length == 0 || !(ChineseText.IsIdeograph(following[0]) || following[0] == '“')) return null;
        var tokens = segmenter.Segment(following);
        int last = 0;
        bool joined = false;
        while (last < tokens.Count && (InName(tokens[last].Word) && !(joined && (PartOfSpeech.IsVerb(tokens[last].Word) || PartOfSpeech.FunctionTag(tokens[last].Word) == 't'))
            // 80个国家和地区, 1282个省级和美乡村: a joiner between two words of the name is part of it;
            // the second part ends at a verb or time word (外国元首和政府首脑先后访华 → 外国元首和政府首脑).
            || (last > 0 && _cues.Is(BindingCue.EnumerationJoiners, tokens[last].Word) && last + 1 < tokens.Count && InName(tokens[last + 1].Word)
                && !PartOfSpeech.StartsNoName(tokens[last + 1].Word) && !PartOfSpeech.IsVerb(tokens[last + 1].Word) && (joined = true))))
            last++;
        if (last == 0) return null;
        var name = following[..tokens[last - 1].End].Trim(Punctuation);
        return name.Length >= 2 ? name : null;
    }

    /// <summary>
    /// The name of a part written under 其中 after its whole: the part's name takes the rest of the
    /// whole's name after the words they share (铁路营业里程, 其中高速铁路 → 高速铁路营业里程; 规模以上工业增加值,
    /// 其中轻工业 → 轻工业增加值; 铁路运营里程, 其中高铁 → 高铁运营里程). A part that already ends as its whole
    /// does (肉类总产量, 其中猪肉产量) keeps its name.
    /// </summary>
    public string PartOf(string part, string whole)
    {
        for (int length = part.Length; length >= 1; length--)
        {
            int at = whole.LastIndexOf(part[^length..], StringComparison.Ordinal);
            if (at < 0) continue;
            int sharedEnd = at + length;
            if (sharedEnd >= whole.Length) return part;
            // The rest starts where the whole's word holding the shared characters ends (高铁 shares 铁 of 铁路).
            var token = segmenter.Segment(whole).FirstOrDefault(t => t.Start < sharedEnd && sharedEnd <= t.End);
            int restStart = token.Word is null ? sharedEnd : token.End;
            return whole.Length - restStart >= 2 ? part + whole[restStart..] : part;
        }
        return part;
    }

    /// <summary>A subject before 分别, split into its items: 高技术制造业、装备制造业增加值 → both with 增加值.</summary>
    public List<string> SplitEnumeration(string subject)
    {
        var items = subject.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        // 金融业和信息服务业增加值分别…: without 、 a single 和 (与, 及) joins the two items.
        bool joined = false;
        if (items.Count == 1 && SplitAtJoiner(subject) is { } pair)
        {
            items = pair;
            joined = true;
        }
        // 城乡居民人均可支配收入分别…: a compound that names both items.
        if (items.Count == 1 && ExpandCompound(NameBefore(subject)?.Name ?? subject) is { } expanded) return expanded;
        if (items.Count < 2) return items;
        for (int i = 0; i < items.Count; i++)
        {
            var bound = NameBefore(items[i]);
            if (bound is not null) items[i] = bound.Value.Name;
        }
        var lastTokens = segmenter.Segment(items[^1]);
        // 广州、深圳地铁线网单日最高客运量: short items (places) share all of the last item after its own first word.
        // (For A和B only when A is a scope: 城镇和农村常住居民…; 金融业和信息服务业增加值 are two industries' value added.)
        // (金融业、软件和信息服务业增加值: the last item is itself two joined items; 金融业 shares only the head.)
        if ((!joined || _cues.Is(BindingCue.ScopeWords, items[0])) && lastTokens.Count > 1 && items.Take(items.Count - 1).All(i => i.Length <= 3) && lastTokens[0].Word.Length <= 3
            && !_cues.Is(BindingCue.EnumerationJoiners, lastTokens[1].Word))
        {
            var shared = items[^1][lastTokens[0].End..];
            for (int i = 0; i < items.Count - 1; i++) items[i] += shared;
            return items;
        }
        // The head noun written once at the end belongs to every item: 增加值, 收入, 产量.
        var head = lastTokens.Count > 1 ? lastTokens[^1].Word : _cues.EndingOf(BindingCue.SharedHeads, items[^1]) is { } h && h.Length < items[^1].Length ? h : null;
        // 有色冶金、石化化工、装备制造产业增加值: the generic noun before the head is shared with it (有色冶金产业增加值).
        if (head is not null && lastTokens.Count > 2 && _cues.Is(BindingCue.SharedHeadNouns, lastTokens[^2].Word)) head = lastTokens[^2].Word + head;
        // 地方财政收入和支出分别…: a later item that is the first item's head's counterpart takes its modifier (地方财政支出);
        // 居民消费和投资 are two indicators, not 居民投资.
        if (_cues.EndingOf(BindingCue.PairedHeads, items[0]) is { } firstHead && firstHead.Length < items[0].Length)
            for (int i = 1; i < items.Count; i++)
                if (_cues.Is(BindingCue.PairedHeads, items[i]) && items[i] != firstHead) items[i] = items[0][..^firstHead.Length] + items[i];
        if (head is not null)
        {
            // 死亡人数、受伤人数、直接经济损失: an item that already ends with a head of its own keeps it, unless the shared
            // head is an attribute of every item (工业投资、民间投资增速 → 工业投资增速; 占比, 比重).
            for (int i = 0; i < items.Count - 1; i++)
                if (!items[i].EndsWith(head, StringComparison.Ordinal)
                    && (_cues.EndingOf(BindingCue.SharedHeads, items[i]) is null || _cues.Is(BindingCue.SharedAttributes, head)))
                    items[i] += head;
        }
        return items;
    }

    /// <summary>The two sides of the only enumeration joiner (和, 与, 及) in <paramref name="subject"/>, or null.</summary>
    private List<string>? SplitAtJoiner(string subject)
    {
        int at = -1, length = 0;
        // Most subjects hold no joiner: one search says so.
        if (!_cues.Occurs(BindingCue.EnumerationJoiners, subject)) return null;
        foreach (var joiner in _cues[BindingCue.EnumerationJoiners])
        {
            if (joiner == "、") continue;
            int first = subject.IndexOf(joiner, StringComparison.Ordinal);
            if (first < 0) continue;
            if (at >= 0 || subject.IndexOf(joiner, first + joiner.Length, StringComparison.Ordinal) >= 0) return null;
            (at, length) = (first, joiner.Length);
        }
        if (at <= 0 || at + length >= subject.Length) return null;
        return [subject[..at].Trim(), subject[(at + length)..].Trim()];
    }

    /// <summary>城乡居民人均可支配收入 → 城镇居民…, 农村居民…; null when no compound of the lexicon is in the name.</summary>
    private List<string>? ExpandCompound(string name)
    {
        if (!_cues.Occurs(BindingCue.EnumerationCompounds, name)) return null;
        foreach (var (from, to) in _cues.Pairs(BindingCue.EnumerationCompounds))
            if (name.Contains(from, StringComparison.Ordinal))
                return to.Split('|').Select(item => name.Replace(from, item, StringComparison.Ordinal)).ToList();
        return null;
    }

    /// <summary>唐山港2025年货物吞吐量 → 唐山港货物吞吐量: a year inside a name is the value's period, not part of its name.</summary>
    private string DropInnerYears(string name)
    {
        for (int i = 1; i + 5 <= name.Length; i++)
        {
            bool year = !char.IsAsciiDigit(name[i - 1]) && name[i] is '1' or '2' && name[i + 1] is '9' or '0'
                && char.IsAsciiDigit(name[i + 2]) && char.IsAsciiDigit(name[i + 3]) && name[i + 4] == '年';
            // 2021年至2025年, 2021—2025年 and 2024年度 are no single year to drop.
            bool range = name[i - 1] is '—' or '-' or '至' or '到' || (i + 5 < name.Length && name[i + 5] is '至' or '到' or '—' or '-' or '度');
            if (year && !range && i + 5 < name.Length && !_cues.StartsWithAny(BindingCue.YearKeepers, name.AsSpan(i + 5)))
            {
                name = name.Remove(i, 5);
                i--;
            }
        }
        return name;
    }

    /// <summary>Trims punctuation, but keeps a closing bracket or quote that balances one inside.</summary>
    private static string TrimMarks(string name)
    {
        name = name.TrimStart(Punctuation);
        while (name.Length > 0 && Punctuation.Contains(name[^1]))
        {
            char last = name[^1];
            char open = last switch { '）' => '（', ')' => '(', _ => '\0' };
            if (open != '\0' && Count(name, open) >= Count(name, last)) break;
            name = name[..^1];
        }
        return name;
    }

    /// <summary>A set phrase that opens with a verb cue (保持良好, 实现翻番) ends a name as the verb would.</summary>
    private bool StartsWithVerbCue(string word) =>
        word.Length > 2 && _cues.Is(BindingCue.NameTrailing, word[..2]);

    private static int Count(ReadOnlySpan<char> text, char c)
    {
        int n = 0;
        foreach (char x in text) if (x == c) n++;
        return n;
    }

    /// <summary>
    /// 沿海港口完成货物吞吐量 → 沿海港口货物吞吐量, 高原炊具累计销售 → 高原炊具销售, 小微企业新增首贷 → 小微企业首贷:
    /// a verb inside a name says how the figure came about, not what it is. After 完成, a subject that is a
    /// clause or ends in a time word (具有资质等级的…建筑业企业完成建筑业总产值, 邮政业全年完成…) goes too.
    /// Fixed terms (完成投资, 新增就业) stay.
    /// </summary>
    private string DropInnerVerbs(string name)
    {
        if (!_cues.Occurs(BindingCue.InnerVerbs, name)) return name;
        foreach (var verb in _cues[BindingCue.InnerVerbs])
        {
            int at = name.IndexOf(verb, 1, StringComparison.Ordinal) is var i && i > 0 ? i : -1;
            if (at < 0 || _cues.StartsWithAny(BindingCue.InnerVerbTerms, name.AsSpan(at))) continue;
            string subject = name[..at], rest = name[(at + verb.Length)..];
            // 新增的涉税市场主体: a verb before 的 describes the noun; 年均新增, 圆满完成: after an adverb it is the predicate.
            if (rest.Length < 2 || rest[0] == '的' || _cues.EndsWithAny(BindingCue.InnerVerbAdverbs, subject)) continue;
            // After 完成, a subject that is a clause (…的建筑业企业) or ends in a time word (邮政业全年) goes too.
            bool dropsSubject = verb == "完成" && rest.Length >= 4 && (subject.Contains('的') || _cues.EndsWithAny(BindingCue.NameLeading, subject));
            return dropsSubject ? rest : subject + rest;
        }
        return name;
    }

    private string RemovePhrases(string text)
    {
        // One search each says whether any phrase occurs (most names hold none); only then is each tried in turn.
        if (_cues.Occurs(BindingCue.PhraseRemoved, text))
            foreach (var phrase in _cues[BindingCue.PhraseRemoved])
                if (text.Contains(phrase, StringComparison.Ordinal)) text = text.Replace(phrase, "", StringComparison.Ordinal);
        text = RemoveQualifyingParentheticals(text);
        if (_cues.Occurs(BindingCue.NameRewrites, text))
            foreach (var (from, to) in _cues.Pairs(BindingCue.NameRewrites))
                if (text.Contains(from, StringComparison.Ordinal)) text = text.Replace(from, to, StringComparison.Ordinal);
        return text;
    }

    /// <summary>年末公路里程（不含平潭） → 年末公路里程: a bracket that only qualifies the figure is no part of its name.</summary>
    private string RemoveQualifyingParentheticals(string text)
    {
        int open = text.IndexOfAny(['（', '(']);
        while (open >= 0)
        {
            int close = text.IndexOfAny(['）', ')'], open + 1);
            if (close < 0) break;
            if (_cues.StartsWithAny(BindingCue.QualifyingParentheticals, text.AsSpan(open + 1, close - open - 1))) text = text.Remove(open, close - open + 1);
            else open++;
            open = open < text.Length ? text.IndexOfAny(['（', '('], open) : -1;
        }
        return text;
    }

    private static bool IsEnumerationEtc(string text, int etc) =>
        text.AsSpan(0, etc).IndexOf('、') >= 0 && etc + 1 < text.Length && text[etc + 1] != '级';

    private bool IsTrailingNoise(string word) =>
        _cues.Is(BindingCue.NameTrailing, word) || PartOfSpeech.EndsNoName(word) || !word.AsSpan().ContainsAnyInRange('\u4E00', '\u9FFF') || IsTimeWord(word);

    /// <summary>Clause openers and punctuation; digits stay (7大产业集群, 5G基站).</summary>
    private bool IsLeadingNoise(string word) =>
        _cues.Is(BindingCue.NameLeading, word) || PartOfSpeech.StartsNoName(word) || IsPunctuationOnly(word) || IsTimeWord(word);

    /// <summary>2024年, 三年来, 五年间, 去年: a numeral (or 去今明上) and a time-word end.</summary>
    private bool IsTimeWord(string word) =>
        _cues.EndingOf(BindingCue.TimeWordEnds, word) is { } end && word.Length > end.Length
        && IsNumeral(word.AsSpan(0, word.Length - end.Length));

    /// <summary>No ideograph, letter or digit, and no opening quote or title mark (which start a name).</summary>
    private static bool IsPunctuationOnly(string word)
    {
        foreach (char c in word)
            if (ChineseText.IsIdeograph(c) || char.IsAsciiLetterOrDigit(c) || c is '“' or '《') return false;
        return true;
    }

    private bool IsNumeral(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (!char.IsAsciiDigit(c) && !_cues.Is(BindingCue.TimeWordNumerals, c)) return false;
        return true;
    }

    private static readonly char[] Punctuation = "，,、；;：:。 （(）)—-\t".ToCharArray();

}
