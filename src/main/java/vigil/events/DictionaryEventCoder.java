package vigil.events;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.AnnotatedArticle;
import vigil.model.Article;
import vigil.model.DateMention;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Place;
import vigil.model.Sentence;
import vigil.model.Span;

/**
 * Codes events with dictionaries: per sentence, finds trigger words, drops those that did not happen
 * ({@link ContextRules}), finds the actors around each trigger, and attaches place, date and counts. Every
 * filled field carries the span it came from. Only sentences with a trigger are looked at closely.
 * Pure and thread-safe.
 */
public final class DictionaryEventCoder implements EventCoder {
    private final Dictionaries dicts;
    /** Set VIGIL_TRACE_EVENTS=1 to see on stderr why triggers were dropped. */
    private static final boolean TRACE = System.getenv("VIGIL_TRACE_EVENTS") != null;

    public DictionaryEventCoder(Dictionaries dicts) {
        this.dicts = dicts;
    }

    public DictionaryEventCoder() {
        this(Dictionaries.builtIn());
    }

    @Override
    public List<Event> code(AnnotatedArticle article) {
        List<Event> out = new ArrayList<>();
        for (CodedEvent c : codeDetailed(article)) out.add(c.event());
        return out;
    }

    /** Events with their ACLED label. */
    public List<CodedEvent> codeDetailed(AnnotatedArticle article) {
        Article art = article.article();
        String text = art.text();
        String lang = language(art.language(), text);
        if (lang == null) return List.of(); // a language without dictionaries: stored and searchable, not coded
        Dictionaries.Lexicon lex = dicts.lexicon(lang);
        List<Sentence> sentences = article.sentences().isEmpty() ? vigil.text.SentenceSplitter.split(text) : article.sentences();
        LocalDate published = art.published() == null ? null : LocalDate.ofInstant(art.published(), ZoneOffset.UTC);
        List<Candidate> doc = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Candidate> found = codeSentence(article, text, s, lex, lang, published);
            // "Five of the wounded died in hospital": the aftermath of the attack told before, not a new one
            if (!found.isEmpty() && Tolls.aftermath(s.span().text()) && recentAssault(doc, s) != null
                    && found.stream().allMatch(c -> c.plover().equals("ASSAULT") && c.trigger.weak())) {
                found = List.of();
            }
            if (!found.isEmpty() && lang.equals("en") && EnglishRules.afterDisaster(found, sentences, s, text, lex)) {
                found = List.of();
            }
            for (Candidate c : found) mergeInto(doc, c);
            if (found.isEmpty()) updateToll(doc, text, s);
        }
        // after merging, so that a perpetrator named in another sentence is not replaced by a convention
        UnknownAttackers.apply(doc);
        List<CodedEvent> out = new ArrayList<>();
        int n = 0;
        for (Candidate c : doc) out.add(new CodedEvent(toEvent(art.id(), n++, c), Acled.label(c)));
        return out;
    }

    /**
     * The language to code in: the declared one (the text layer's, or the record's in {@code vigil code}), else the
     * detected one; null for a language that has no dictionaries.
     */
    static String language(String declared, String text) {
        String lang = vigil.text.TextAnnotator.declared(declared);
        if (lang == null) lang = vigil.text.LanguageDetector.detect(text);
        if (lang == null) return "en";
        return Dictionaries.LANGUAGES.contains(lang) ? lang : null;
    }

    /**
     * A later sentence with no event of its own that raises the death toll ("Five of the wounded died on Saturday,
     * raising the toll to 17") updates the fatalities of the attack told just before.
     */
    private static void updateToll(List<Candidate> doc, String text, Sentence s) {
        String lower = s.span().text().toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("toll") && !lower.contains("number of")) return;
        Candidate last = recentAssault(doc, s);
        if (last == null) return;
        List<Token> toks = Tokenizer.tokenize(text, s.span().start(), s.span().end());
        Counts.Count toll = Tolls.find(toks);
        if (toll == null || last.fatalities != null && last.fatalities >= toll.value()) return;
        last.fatalities = toll.value();
        last.evidence.removeIf(e -> e.field().equals("fatalities"));
        last.evidence.add(new Evidence("fatalities", s.index(), span(text, toks, toll.from(), toll.to())));
    }

    /** "Russian-backed rebels", "long-threatened invasion": a participle glued to a word by a hyphen is an adjective. */
    private static boolean compoundAdjective(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (h.value().noun() || h.from() < 2 || h.to() - h.from() > 1) return false;
        Token dash = toks.get(h.from() - 1), before = toks.get(h.from() - 2), word = toks.get(h.from());
        return dash.text().equals("-") && before.end() == dash.start() && dash.end() == word.start() && before.isWord()
                && word.folded().endsWith("ed");
    }

    /** "Dagolath's minister left for Gondor" [032:033]: Gondor also hosts Dagolath's minister (CAMEO dictionaries). */
    private static List<Candidate> withReverse(List<Candidate> out, Dictionaries.Lexicon lex) {
        if (lex.reverse.isEmpty()) return out;
        List<Candidate> all = new ArrayList<>(out);
        for (Candidate c : out) {
            TriggerDef r = lex.reverse.get(c.trigger);
            if (r == null || c.sources.isEmpty() || c.targets.isEmpty()) continue;
            Candidate back = new Candidate();
            back.trigger = r;
            back.sentence = c.sentence;
            back.triggerStart = c.triggerStart;
            back.salience = c.salience;
            back.mode = r.mode();
            back.sources.addAll(c.targets);
            back.targets.addAll(c.sources);
            back.evidence.addAll(c.evidence);
            all.add(back);
        }
        return all;
    }

    static final Set<String> NOT_NOUNS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this",
            "that", "these", "those", "by", "on", "at", "in", "to", "for", "with", "as", "and", "or", "but", "from",
            "into", "over", "after", "before", "him", "them", "it", "us", "me", "some", "all", "two", "three", "several",
            "more", "up", "out", "off", "down", "back", "was", "were", "is", "are", "had", "has", "have", "be");

    /**
     * "the internationally recognized government", "a heavily armed group": an adverb, a participle and then a
     * noun; "strongly condemned the attack" (an article follows) stays a verb.
     */
    private static boolean participleAdjective(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        if (h.value().noun() || h.from() < 1 || h.to() - h.from() > 1 || h.to() >= toks.size()) return false;
        Token adverb = toks.get(h.from() - 1), word = toks.get(h.from()), next = toks.get(h.to());
        return h.value().lang().equals("en") && adverb.isWord() && adverb.folded().endsWith("ly")
                && adverb.folded().length() > 4 && word.folded().endsWith("ed") && next.isWord() && !next.capitalized()
                && !NOT_NOUNS.contains(next.folded()) && NumberWords.value(next) < 0;
    }

    /** "would-be suicide bombers" names who they are, it does not announce anything. */
    private static List<PhraseIndex.Hit<Cue>> withoutWouldBe(List<PhraseIndex.Hit<Cue>> cues, List<Token> toks) {
        List<PhraseIndex.Hit<Cue>> out = new ArrayList<>(cues.size());
        for (PhraseIndex.Hit<Cue> c : cues) {
            boolean wouldBe = c.value() == Cue.INTENT && c.to() - c.from() == 1 && toks.get(c.from()).is("would")
                    && c.to() + 1 < toks.size() && toks.get(c.to()).text().equals("-") && toks.get(c.to() + 1).is("be");
            if (!wouldBe) out.add(c);
        }
        return out;
    }

    private static Candidate recentAssault(List<Candidate> doc, Sentence s) {
        Candidate last = null;
        for (Candidate o : doc) {
            if (o.plover().equals("ASSAULT") && s.index() - o.sentence <= 3) last = o;
        }
        return last;
    }

    private static final Set<String> COMPLEMENT_TAKERS = Set.of("THREATEN", "REQUEST", "ACCUSE", "REJECT", "AGREE",
            "PROTEST", "SUPPORT", "SANCTION");

    private List<Candidate> codeSentence(AnnotatedArticle article, String text, Sentence s, Dictionaries.Lexicon lex,
                                         String lang, LocalDate published) {
        Span sp = s.span();
        List<Token> toks = Tokenizer.tokenize(text, sp.start(), sp.end());
        if (toks.isEmpty()) return List.of();
        List<PhraseIndex.Hit<TriggerDef>> triggers = new ArrayList<>(lex.triggers.longest(toks));
        triggers.removeIf(h -> h.value().reportsNothing());
        if (triggers.isEmpty() || References.isCitation(text, sp)) return List.of();
        String last = toks.get(toks.size() - 1).text();
        if (last.equals("?") || last.equals("؟")) return List.of();
        List<PhraseIndex.Hit<Cue>> cues = withoutWouldBe(lex.cues.all(toks), toks);

        List<ActorFinder.Unit> found = EntityUnits.merge(ActorFinder.find(text, toks, lex, cues), article.entities(), toks, sp);
        if (lang.equals("es")) found = SpanishActors.widenSpans(found, toks, text);
        boolean armed = found.stream().anyMatch(u -> u.actors().stream().anyMatch(Roles::armed));
        List<ActorFinder.Unit> units = lang.equals("ar") ? ArabicRoles.actorUnits(text, found, toks, cues, triggers) : found;
        List<PhraseIndex.Hit<TriggerDef>> kept = new ArrayList<>();
        for (PhraseIndex.Hit<TriggerDef> h : triggers) {
            String why = compoundAdjective(toks, h) ? "compound adjective"
                    : participleAdjective(toks, h) ? "participle adjective"
                    : lang.equals("en") && EnglishRules.participleBeforeNoun(toks, h) ? "participle adjective"
                    : lang.equals("en") && EnglishRules.habitual(toks, h) ? "habitual"
                    : SpanishArabicRules.reject(toks, h, cues, triggers, lang);
            if (why == null && lang.equals("es")) why = SpanishRules.reject(toks, h);
            if (why == null && lang.equals("ar")) why = ArabicRules.reject(toks, h, cues, triggers);
            if (why == null && published != null && History.earlierYear(toks, h, published.getYear())) why = "earlier year";
            if (why == null) why = ContextRules.reject(toks, h, cues, lang, armed);
            if (ContextRules.INTENT.equals(why) && lang.equals("es") && SpanishRules.ongoing(toks, h)) why = null;
            if (ContextRules.REFUSAL.equals(why)) {
                TriggerDef refused = ContextRules.asRefusal(h.value());
                if (refused != null) kept.add(new PhraseIndex.Hit<>(h.from(), h.to(), h.phrase(), refused));
                continue;
            }
            if ((ContextRules.INTENT.equals(why) || "future".equals(why)) && lex.literal.contains(h.value())) {
                // a CAMEO dictionary codes an announced act with the verb's own code, as PETRARCH does
                kept.add(h);
                continue;
            }
            if (ContextRules.INTENT.equals(why)) {
                boolean unless = cues.stream().anyMatch(c -> c.value() == Cue.UNLESS && c.from() >= h.to());
                TriggerDef announced = unless ? ContextRules.asThreat(h.value()) : ContextRules.asIntent(h.value());
                if (announced != null) kept.add(new PhraseIndex.Hit<>(h.from(), h.to(), h.phrase(), announced));
                continue;
            }
            if (why != null) {
                if (TRACE) System.err.println("vigil-events: dropped '" + h.phrase().source() + "' (" + why + ") in: " + sp.text());
                continue;
            }
            kept.add(h);
        }
        if (lang.equals("en")) kept = EnglishRules.threatsOfForce(kept, triggers, toks);
        // a trigger right after a verb of saying-to-do ("threatened .. attacks", "condemned the killing") is that
        // verb's object, not an event of its own
        List<PhraseIndex.Hit<TriggerDef>> events = new ArrayList<>();
        for (PhraseIndex.Hit<TriggerDef> h : kept) {
            boolean complement = false;
            for (PhraseIndex.Hit<TriggerDef> g : kept) {
                if (g != h && g.to() <= h.from() && h.from() - g.to() <= 8 && !EventShaping.clauseBreak(toks, g.to(), h.from())
                        && COMPLEMENT_TAKERS.contains(g.value().plover()) && !g.value().plover().equals(h.value().plover())) {
                    complement = true;
                }
            }
            if (!complement) events.add(h);
        }
        if (events.isEmpty()) return List.of();

        List<Candidate> out = new ArrayList<>();
        for (PhraseIndex.Hit<TriggerDef> h : events) {
            Candidate c = new Candidate();
            c.trigger = h.value();
            c.sentence = s.index();
            c.triggerStart = toks.get(h.from()).start();
            c.mode = h.value().mode();
            c.evidence.add(new Evidence("trigger", s.index(), span(text, toks, h.from(), h.to())));
            Roles.assign(c, h, toks, units, cues, lang, text);
            if (lang.equals("ar") && c.plover().equals("ASSAULT")) ArabicRoles.assaultRoles(c, h, events, toks, units, cues);
            if (lang.equals("ar") && c.plover().equals("PROTEST")) ArabicRoles.protestRoles(c, h, toks, units, cues, text);
            c.salience = EventShaping.salience(c, h, toks, cues);
            Candidate same = null;
            for (Candidate o : out) if (o.plover().equals(c.plover())) same = o;
            // "Israeli jets struck Gaza as Hamas fired rockets": one type, two doers, two clauses: two events
            if (same != null && SecondActs.separate(same, c, toks)) same = null;
            if (same != null) {
                if (lang.equals("ar")) ArabicRoles.unionTargets(same, c);
                EventShaping.absorb(same, c);
            }
            else out.add(c);
        }
        if (lang.equals("ar")) ArabicRoles.placeTargets(out, toks, units);
        Counts.Count dead = Counts.find(toks, cues, Cue.DEATH);
        Counts.Count hurt = Counts.find(toks, cues, Cue.INJURY);
        for (Candidate c : out) {
            if (c.plover().equals("ASSAULT") || c.plover().equals("PROTEST")) {
                if (dead != null) {
                    c.fatalities = dead.value();
                    c.evidence.add(new Evidence("fatalities", s.index(), span(text, toks, dead.from(), dead.to())));
                }
                if (hurt != null) {
                    c.injured = hurt.value();
                    c.evidence.add(new Evidence("injured", s.index(), span(text, toks, hurt.from(), hurt.to())));
                }
            }
        }
        EventShaping.markRiots(out, toks);
        out = EventShaping.riotsAsProtests(out);
        if (lang.equals("en")) {
            EnglishRules.unopposedTakeover(out, toks);
            EnglishRules.verbalAttacks(out);
            EnglishRules.violentCrowd(out, toks);
            EnglishRules.forceAtProtests(out, toks);
        }
        out = EventShaping.mainEvents(out, toks);
        if (lang.equals("es")) SpanishArabicRules.unattributedViolence(out);
        if (lang.equals("es")) SpanishRules.armedObstruction(out);
        if (lang.equals("es")) SpanishRules.wentMissing(out, toks);
        // "Artillery shells hit ...": the words of the act name no actor
        for (Candidate c : out) TriggerActors.drop(c, triggers, toks, lang);
        out = withReverse(out, lex);
        Place place = Places.find(article, text, toks, units, cues, sp, lang);
        Place tag = lang.equals("es") ? SpanishRules.trailingPlace(article, text, toks) : null;
        if (tag != null) place = tag;
        else if (lang.equals("es") && place != null && SpanishRules.triggerWords(place, triggers, toks)) place = null;
        DatePick date = pickDate(article, text, toks, sp, published);
        for (Candidate c : out) {
            if (place != null) {
                c.location = place;
                if (place.span() != null) c.evidence.add(new Evidence("location", s.index(), place.span()));
            }
            if (date != null) {
                c.date = date.date;
                c.dateFromText = date.span != null;
                if (date.span != null) c.evidence.add(new Evidence("date", s.index(), date.span));
            }
        }
        ProtestAddressee.apply(out, units, toks, cues);
        if (lang.equals("en")) out = EnglishRules.anchored(out);
        return out;
    }

    private record DatePick(LocalDate date, Span span) {}

    private static DatePick pickDate(AnnotatedArticle a, String text, List<Token> toks, Span sp, LocalDate published) {
        int datelineEnd = vigil.text.Datelines.end(text, sp);
        DatePick filed = null;
        for (DateMention d : a.dates()) {
            if (d.span() != null && d.span().start() >= sp.start() && d.span().end() <= sp.end()) {
                // "IDLIB, Syria, March 11 (LPA) - ... Tuesday's shelling": the dateline's date is when it was filed
                if (d.span().end() < datelineEnd) {
                    if (filed == null) filed = new DatePick(d.date(), d.span());
                    continue;
                }
                return new DatePick(d.date(), d.span());
            }
        }
        if (filed != null) return filed;
        if (a.dates().isEmpty() && published != null) {
            // no language stage ran (vigil code --bare): resolve the sentence's own date expressions
            for (DateMention d : vigil.text.DateResolver.find(sp.text(), (String) null, published)) {
                int from = sp.start() + d.span().start(), to = sp.start() + d.span().end();
                return new DatePick(d.date(), Span.of(text, from, to));
            }
        }
        return published == null ? null : new DatePick(published, null);
    }

    static Span span(String text, List<Token> toks, int from, int to) {
        return Span.of(text, toks.get(from).start(), toks.get(to - 1).end());
    }

    /** Same type, compatible mode, reported within a few sentences: the same event told again. */
    private static void mergeInto(List<Candidate> doc, Candidate c) {
        for (Candidate o : doc) {
            if (!o.plover().equals(c.plover()) || c.sentence - o.sentence > 3) continue;
            if (o.mode != null && c.mode != null && !o.mode.equals(c.mode)) continue;
            if (!compatible(o.targets, c.targets) || !compatible(o.sources, c.sources)) continue;
            EventShaping.absorb(o, c);
            if (o.location == null) o.location = c.location;
            if (!o.dateFromText && c.dateFromText) {
                o.date = c.date;
                o.dateFromText = true;
            }
            if (o.fatalities == null) o.fatalities = c.fatalities;
            if (o.injured == null) o.injured = c.injured;
            return;
        }
        doc.add(c);
    }

    private static boolean compatible(List<Actor> a, List<Actor> b) {
        // an inferred actor (a convention, not the text's words) is no reason to keep two reports apart
        a = a.stream().filter(x -> !Inferred.is(x)).toList();
        b = b.stream().filter(x -> !Inferred.is(x)).toList();
        if (a.isEmpty() || b.isEmpty()) return true;
        for (Actor x : a) {
            for (Actor y : b) {
                if (x.code() != null && x.code().equals(y.code())) return true;
                if (x.span().text().equalsIgnoreCase(y.span().text())) return true;
            }
        }
        return false;
    }

    private static final Set<String> RECIPROCAL = Set.of("CONSULT", "COOPERATE");

    private static Event toEvent(String articleId, int n, Candidate c) {
        if (!RECIPROCAL.contains(c.plover())) {
            // "the number of people killed by the shelling": the same words are the victims, not also the attackers
            c.sources.removeIf(a -> a.span() != null && c.targets.stream().anyMatch(t -> a.span().equals(t.span())));
        }
        double conf = 0.45;
        if (!c.trigger.weak()) conf += 0.15;
        // an actor a convention supplies (Inferred) is no evidence that the text reports the event
        if (c.sources.stream().anyMatch(a -> !Inferred.is(a))) conf += 0.15;
        if (c.targets.stream().anyMatch(a -> !Inferred.is(a))) conf += 0.1;
        if (c.location != null) conf += 0.05;
        if (c.fatalities != null || c.injured != null) conf += 0.05;
        List<Evidence> ev = new ArrayList<>(c.evidence);
        ev.removeIf(e -> e.field().equals(Inferred.FROM));
        for (Actor a : dedupe(c.sources)) ev.add(actorEvidence("source", a, c));
        for (Actor a : dedupe(c.targets)) ev.add(actorEvidence("target", a, c));
        String cameo = c.trigger.cameo();
        // a generic "use conventional force" (190) made specific by the mode the sentence shows
        if ("190".equals(cameo) || "194".equals(cameo) && "aerial".equals(c.mode)) {
            if ("aerial".equals(c.mode)) cameo = "195";
            else if ("firearms".equals(c.mode)) cameo = "193";
            else if ("heavy-weapons".equals(c.mode)) cameo = "194";
        }
        return new Event(articleId + "-" + n, articleId, c.plover(), c.mode, c.trigger.context(), cameo,
                dedupe(c.sources), dedupe(c.targets), c.location, c.date, c.fatalities, c.injured,
                Math.min(0.95, Math.round(conf * 100) / 100.0), dedupeEvidence(ev));
    }

    /** An actor's words; for an inferred actor the words it was inferred from (its trigger, its place). */
    private static Evidence actorEvidence(String field, Actor a, Candidate c) {
        if (!Inferred.is(a)) return new Evidence(field, c.sentence, a.span());
        Evidence from = null;
        for (Evidence e : c.evidence) {
            if (e.span().length() == 0 || e.span().start() != a.span().start()) continue;
            if (from == null || e.field().equals(Inferred.FROM)) from = e;
        }
        return from == null ? new Evidence(field, c.sentence, a.span()) : new Evidence(field, from.sentence(), from.span());
    }

    private static List<Actor> dedupe(List<Actor> as) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : as) {
            boolean dup = out.stream().anyMatch(o -> o.span().equals(a.span()) && java.util.Objects.equals(o.code(), a.code()));
            if (!dup) out.add(a);
        }
        return out;
    }

    private static List<Evidence> dedupeEvidence(List<Evidence> es) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : es) if (!out.contains(e)) out.add(e);
        return out;
    }
}
