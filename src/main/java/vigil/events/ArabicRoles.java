package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Who did what to whom in Arabic news, whose word order and morphology the shared role rules do not know:
 * the speaker of a verb-first report ("أعلنت الشرطة مقتل ...") is nobody's source or target; a sector noun with a
 * possessive pronoun ("قواته", its forces) belongs to the group named before it; the complement of a noun of
 * suffering is its victim ("مقتل سبعة أشخاص", "اغتيال الصحفي") while a country adjective after a noun of attack is
 * the attacker ("غارة إسرائيلية"); verbs such as قتل read as passive when no object follows ("قتل جنديان",
 * two soldiers were killed); "على يد"/"برصاص" name the attacker; a suicide bomber is an unaffiliated armed
 * attacker. Conventions shared with the other languages live in {@link ProtestAddressee} and {@link UnknownAttackers}.
 */
final class ArabicRoles {
    private ArabicRoles() {}

    private static final int WINDOW = 12;
    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "COP");

    // ------------------------------------------------------------------ possessives

    private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "ها", "ه");

    /**
     * "وقال الجيش الأمريكي إن جنوده قتلوا ...": a sector noun with an attached possessive pronoun (جنوده، قواته،
     * عناصرها) is the forces of the group named before it in the sentence, so it takes that group's country.
     */
    static List<ActorFinder.Unit> resolvePossessives(List<ActorFinder.Unit> units, List<Token> toks) {
        List<ActorFinder.Unit> out = new ArrayList<>(units);
        for (int i = 0; i < out.size(); i++) {
            ActorFinder.Unit u = out.get(i);
            if (u.to() - u.from() != 1 || !possessive(toks.get(u.from()))) continue;
            Actor own = u.actors().get(0);
            if (own.country() != null || own.group() != null || own.sector() == null) continue;
            ActorFinder.Unit owner = null;
            for (int j = i - 1; j >= 0; j--) {
                ActorFinder.Unit o = out.get(j);
                if (o.place() && o.afterLocPrep()) continue;
                if (o.actors().stream().anyMatch(a -> a.country() != null || a.group() != null)) {
                    owner = o;
                    break;
                }
            }
            if (owner == null) continue;
            List<Actor> as = new ArrayList<>();
            for (Actor a : owner.actors()) {
                if (a.country() == null && a.group() == null) continue;
                as.add(new Actor(own.span(), a.country(), own.sector(), a.group(), ActorFinder.code(a.country(), own.sector())));
            }
            out.set(i, new ActorFinder.Unit(u.from(), u.to(), as, false, false, u.group(), u.defs()));
        }
        return out;
    }

    /** The word ends in an attached pronoun (ه، ها، هم; not the ta marbuta ة) after a known stem. */
    private static boolean possessive(Token t) {
        String raw = t.text(), f = t.folded();
        for (String s : PRONOUN_SUFFIXES) {
            if (!raw.endsWith(s)) continue;
            // the tokenizer offers the word without the pronoun as a variant: "وقواته" -> "قوات"
            return t.variants().stream().anyMatch(v -> v.length() + s.length() <= f.length() && f.endsWith(v + s));
        }
        return false;
    }

    /**
     * "خطف مسلحون مطران الكلدان" (gunmen kidnapped the archbishop): a plural or dual ending in ن cannot head a
     * genitive (that drops the ن: "مسلحو حماس"), so a sector noun right after it is another party, the verb's object,
     * not part of the same name. A country adjective after it ("جنديان أمريكيان") still describes it.
     */
    static boolean twoParties(List<Token> toks, PhraseIndex.Hit<ActorDef> first, PhraseIndex.Hit<ActorDef> second) {
        Token last = toks.get(first.to() - 1);
        if (!Fold.isArabic(last.folded())) return false;
        String f = last.folded();
        ActorDef d = second.value();
        return (f.endsWith("ون") || f.endsWith("ين") || f.endsWith("ان")) && f.length() > 4
                && d.sector() != null && d.country() == null && d.group() == null && first.value().sector() != null;
    }

    // ------------------------------------------------------------------ speakers

    private static final Set<String> THAT = ArabicRules.folded("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان");

    /**
     * Units that name who reports: the actors after a verb or noun of saying ("قال مصدر أمني عراقي إن", "أعلنت الشرطة
     * مقتل", "حسب الجيش"), up to "أن", a trigger or punctuation. Place names after a place preposition stay.
     */
    /** The sentence's actor units as Arabic reads them: possessives resolved, speakers left out. */
    static List<ActorFinder.Unit> actorUnits(String text, List<ActorFinder.Unit> units, List<Token> toks,
                                             List<PhraseIndex.Hit<Cue>> cues, List<PhraseIndex.Hit<TriggerDef>> triggers) {
        return withoutSpeakers(resolvePossessives(withMembership(text, withAdjectives(text, units, toks), toks), toks), toks, cues, triggers);
    }

    /**
     * "جنديان كنديان", "متظاهرين أتراك": a country adjective right after a sector noun describes it, even when the
     * text layer rather than the dictionaries found it; one unit with the noun's sector and the adjective's country.
     */
    static List<ActorFinder.Unit> withAdjectives(String text, List<ActorFinder.Unit> units, List<Token> toks) {
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : units) {
            ActorFinder.Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.to() == u.from() && nisba(u, toks) && !prev.place()
                    && prev.actors().stream().allMatch(a -> a.sector() != null && a.country() == null && a.group() == null)) {
                String sector = prev.actors().get(0).sector();
                out.set(out.size() - 1, joined(text, toks, prev, u,
                        (span, a) -> new Actor(span, a.country(), sector, null, ActorFinder.code(a.country(), sector))));
                continue;
            }
            out.add(u);
        }
        return out;
    }

    /**
     * "مهاجما انتحاريا من حركة طالبان", "11 مسلحا من تنظيم القاعدة": people "من" a named group are its members, so
     * they are that group (its country and sector), named from the first word to the group's name.
     */
    private static final Set<String> ORGANISATION = ArabicRules.folded("تنظيم", "حركة", "جماعة", "جبهة", "حزب", "كتائب");

    static List<ActorFinder.Unit> withMembership(String text, List<ActorFinder.Unit> units, List<Token> toks) {
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : units) {
            ActorFinder.Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            int gap = prev == null ? -1 : u.from() - prev.to();
            boolean member = prev != null && (gap == 1 || gap == 2 && ORGANISATION.contains(ArabicRules.bare(toks.get(prev.to() + 1))))
                    && toks.get(prev.to()).is("من") && !prev.place()
                    && prev.actors().stream().allMatch(a -> a.sector() != null && a.group() == null)
                    && u.actors().stream().allMatch(a -> a.group() != null);
            if (member) {
                out.set(out.size() - 1, joined(text, toks, prev, u,
                        (span, a) -> new Actor(span, a.country(), a.sector(), a.group(), a.code())));
                continue;
            }
            out.add(u);
        }
        return out;
    }

    /** {@code prev} and {@code u} as one unit spanning both, with {@code u}'s actors made over by {@code actor}. */
    private static ActorFinder.Unit joined(String text, List<Token> toks, ActorFinder.Unit prev, ActorFinder.Unit u,
                                           java.util.function.BiFunction<Span, Actor, Actor> actor) {
        Span span = Span.of(text, toks.get(prev.from()).start(), toks.get(u.to() - 1).end());
        List<Actor> as = new ArrayList<>();
        for (Actor a : u.actors()) as.add(actor.apply(span, a));
        List<ActorDef> defs = new ArrayList<>(prev.defs());
        defs.addAll(u.defs());
        return new ActorFinder.Unit(prev.from(), u.to(), as, false, false, prev.group(), defs);
    }

    static List<ActorFinder.Unit> withoutSpeakers(List<ActorFinder.Unit> units, List<Token> toks, List<PhraseIndex.Hit<Cue>> cues,
                                                  List<PhraseIndex.Hit<TriggerDef>> triggers) {
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : units) {
            if (!(u.place() && u.afterLocPrep()) && speaker(u, toks, cues, triggers)) continue;
            out.add(u);
        }
        return out;
    }

    private static boolean speaker(ActorFinder.Unit u, List<Token> toks, List<PhraseIndex.Hit<Cue>> cues,
                                   List<PhraseIndex.Hit<TriggerDef>> triggers) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != Cue.SPEECH || c.to() > u.from() || u.from() - c.to() > 6) continue;
            boolean open = true;
            for (int i = c.to(); i < u.from() && open; i++) {
                Token t = toks.get(i);
                if (THAT.contains(t.folded()) || t.text().equals(":") || t.text().equals("«") || t.text().equals("\"")
                        || ArabicRules.covered(triggers, i)) open = false;
            }
            if (open) return !resumedBy(u, toks, triggers);
        }
        return false;
    }

    /** "قال الحلف في بيان إنه قتل ...": the speaker taken up by a pronoun right before a trigger is its doer. */
    private static boolean resumedBy(ActorFinder.Unit u, List<Token> toks, List<PhraseIndex.Hit<TriggerDef>> triggers) {
        for (int i = u.to(); i < Math.min(toks.size(), u.to() + 8); i++) {
            if (!RESUMPTIVE.contains(ArabicRules.bare(toks.get(i)))) continue;
            for (int j = i + 1; j <= Math.min(i + 2, toks.size() - 1); j++) if (ArabicRules.covered(triggers, j)) return true;
            return false;
        }
        return false;
    }

    // ------------------------------------------------------------------ roles of an assault

    /**
     * Source and target of an Arabic assault trigger, replacing the position-based guess of {@link Roles} with
     * the Arabic cues: agent markers (على يد، برصاص، من قبل), nouns of suffering whose complement is the victim,
     * country adjectives after nouns of attack, verb-subject-object order, verbs read as passive when no object
     * follows, target verbs and prepositions (استهدف، على، ضد), light verbs before or after a noun (شنت ... غارة،
     * الهجوم الذي نفذه ...), and counted victims.
     */
    static void assaultRoles(Candidate c, PhraseIndex.Hit<TriggerDef> h, List<PhraseIndex.Hit<TriggerDef>> triggers,
                             List<Token> toks, List<ActorFinder.Unit> all, List<PhraseIndex.Hit<Cue>> cues) {
        List<ActorFinder.Unit> units = new ArrayList<>();
        ActorFinder.Unit inside = null;
        for (ActorFinder.Unit u : all) {
            if (u.place() && (u.afterLocPrep() || u.from() > 0 && toks.get(u.from() - 1).is("في"))) continue;
            if (u.from() >= h.from() && u.to() <= h.to()) {
                if (inside == null && u.actors().stream().anyMatch(a -> "UAF".equals(a.sector()) || "REB".equals(a.sector()))) inside = u;
                continue;
            }
            if (u.from() < h.to() && h.from() < u.to()) continue;
            int dist = u.from() >= h.to() ? u.from() - h.to() : h.from() - u.to();
            if (dist > WINDOW) continue;
            if (u.from() >= h.to() ? hardBreak(toks, h.to(), u.from()) : hardBreak(toks, u.to(), h.from())) continue;
            units.add(u);
        }
        ActorFinder.Unit src = null, tgt = null, by = null;
        for (ActorFinder.Unit u : units) {
            if (u.from() >= h.to() && Roles.precededBy(cues, u.from(), Cue.BY, 1)) {
                by = u;
                break;
            }
        }
        if (c.nominal) {
            if (covers(cues, h, Cue.VICTIM)) {
                tgt = after(units, toks, triggers, h.to(), 3, false);
                src = lightSubject(units, toks, cues, h);
                if (src == tgt) src = null;
            } else {
                // "غارة إسرائيلية", "ضربة جوية أمريكية": the adjective follows the noun, perhaps after another adjective
                ActorFinder.Unit adj = after(units, toks, triggers, h.to(), 1, false);
                if (adj != null && nisba(adj, toks) && (adj.from() == h.to() || adjective(toks.get(h.to())))) src = adj;
                if (inside != null && src == null) src = inside; // "هجوم انتحاري": done by a suicide attacker
                for (ActorFinder.Unit u : units) {
                    if (u.from() >= h.to() && u.from() - h.to() <= 6 && Roles.precededBy(cues, u.from(), Cue.AGAINST, 2)
                            && u != src) {
                        tgt = u;
                        break;
                    }
                }
                if (src == null) src = lightSubject(units, toks, cues, h);
            }
        } else {
            ActorFinder.Unit left = null;
            for (ActorFinder.Unit u : units) {
                if (u.to() <= h.from() && h.from() - u.to() <= 2 && !Punctuation.comma(toks, u.to(), h.from()) && !prepositional(u, toks)
                        && !SecondActs.joinBetween(toks, u.to(), h.from())) left = u; // "... غزة فيما أطلقت حماس": not its subject
            }
            if (left == null) {
                // "انتحارية ترتدي حزاما ناسفا فجرت نفسها": an armed subject may carry a short description
                for (ActorFinder.Unit u : units) {
                    if (u.to() <= h.from() && h.from() - u.to() <= 6 && !Punctuation.comma(toks, u.to(), h.from())
                            && !ArabicRules.clauseWord(toks, u.to(), h.from()) && armed(u) && !prepositional(u, toks)) left = u;
                }
            }
            ActorFinder.Unit object = after(units, toks, triggers, h.to(), 4, true);
            if (covers(cues, h, Cue.PASSIVE)) {
                // "أصيب جنديان", "جنديان أصيبا": a passive verb's subject, on either side, is the victim
                tgt = left != null ? left : object;
            } else if (left != null) {
                // "جندي أمريكي قتل في هجوم": with no object either, the subject of قتل is the victim
                // "قوات ... قد قتلت أول من أمس أربعة من المتهمين": a number after the verb is its object, so it is active
                if (unvoiced(toks, cues, h) && !unknownAttacker(left) && (object == null && !countAfter(toks, triggers, h.to())
                        || counted(toks, left.from()) || civilian(left))) tgt = left;
                else {
                    src = left;
                    tgt = object;
                }
            } else if (resumed(toks, h) != null) {
                // "قال الحلف إنه قتل ...": the pronoun after "أن" is the speaker, who is the doer
                src = lastBefore(units, resumed(toks, h));
                tgt = object;
            } else if (covers(cues, h, Cue.AGAINST) && triggerBefore(triggers, h, 3)) {
                // "هجوم انتحاري استهدف دورية للشرطة": the attack is the subject, what follows its target
                tgt = after(units, toks, triggers, h.to(), 4, true);
            } else {
                ActorFinder.Unit s = after(units, toks, triggers, h.to(), 4, true);
                ActorFinder.Unit o = s == null ? null : after(units, toks, triggers, s.to(), 4, true);
                if (o != null && o.group() == s.group()) o = null;
                if (s != null && o != null) {
                    src = s;
                    tgt = o;
                } else if (s == null && unvoiced(toks, cues, h) && "explosives".equals(h.value().mode())) {
                    // "انفجرت عبوة ناسفة لدى مرور دورية": past the bomb, what it hit
                    tgt = after(units, toks, triggers, h.to(), 5, false);
                } else if (s != null && covers(cues, h, Cue.AGAINST)) {
                    // "..، استهدف مقرا للشرطة": one actor after a verb of targeting is what it targeted
                    tgt = s;
                } else if (s != null) {
                    // "قتل جنديان" (two soldiers were killed), but "خطف مسلحون ..." (gunmen kidnapped ...): unknown
                    // attackers and gunmen are who acts, whatever the object the dictionaries do not know
                    // "وقتل مسلحو حماس قائدا للحركة": an accusative noun (ending in ا) after the subject is an object
                    if ((unvoiced(toks, cues, h) || civilian(s)) && !unknownAttacker(s) && !accusative(toks, s.to())) tgt = s;
                    else src = s;
                }
            }
        }
        if (src == null && inside != null && !c.nominal) src = inside; // "فجر انتحاري نفسه"
        if (by != null) {
            src = by;
            if (tgt == by) tgt = null;
        }
        if (c.trigger.weak()) {
            ActorFinder.Unit victim = SpanishArabicRules.countedVictim(toks, units, h);
            // "قتل جنديان أمريكيان وأصيب تسعة عراقيين": the nine belong to the other verb
            if (victim != null && tgt != null && victim != tgt && triggerBetween(triggers, h, victim)) victim = null;
            if (victim != null) {
                tgt = victim;
                if (src == victim) src = null;
            }
        }
        if (tgt != null && tgt == src) src = null;
        c.sources.clear();
        c.targets.clear();
        if (src != null) c.sources.addAll(armedCountry(src));
        if (tgt != null) {
            for (ActorFinder.Unit u : units) if (u.group() == tgt.group() && u != src) c.targets.addAll(u.actors());
        }
    }

    /**
     * "مقتل 15 شخصا في بغداد" with nobody named: the country where the assault happened is its target. Done once the
     * sentence's triggers are merged, so that a victim any of them names comes first.
     */
    static void placeTargets(List<Candidate> cs, List<Token> toks, List<ActorFinder.Unit> all) {
        for (Candidate c : cs) {
            if (!c.plover().equals("ASSAULT") || !c.targets.isEmpty()) continue;
            int at = 0;
            while (at < toks.size() && toks.get(at).start() < c.triggerStart) at++;
            for (ActorFinder.Unit u : all) {
                if (u.place() && u.from() > at && u.from() - at <= WINDOW && !hardBreak(toks, at, u.from())) {
                    c.targets.addAll(u.actors());
                    break;
                }
            }
        }
    }

    /** A bare country adjective behind an attack is that country's forces ("غارة إسرائيلية"). */
    private static List<Actor> armedCountry(ActorFinder.Unit u) {
        boolean bare = u.actors().stream().allMatch(a -> a.sector() == null && a.country() != null && a.group() == null);
        return bare ? ActorFinder.withSector(u, "MIL").actors() : u.actors();
    }

    /** The first unit starting at most {@code gap} words after {@code at}, with no comma (nor, if asked, a trigger) between. */
    private static ActorFinder.Unit after(List<ActorFinder.Unit> units, List<Token> toks, List<PhraseIndex.Hit<TriggerDef>> triggers,
                                          int at, int gap, boolean noTrigger) {
        for (ActorFinder.Unit u : units) {
            if (u.from() < at) continue;
            if (u.from() - at > gap || Punctuation.comma(toks, at, u.from())) return null;
            for (int i = at; i < u.from(); i++) if (noTrigger && ArabicRules.covered(triggers, i)) return null;
            return u;
        }
        return null;
    }

    /**
     * The attacker carried by a light verb: "شنت طائرات إسرائيلية غارة" (between the verb and the noun), "الجيش
     * نفذ هجوما" (before the verb), "الهجوم الذي نفذه مسلحون" and "هجوم تبنته طالبان" (after the noun).
     */
    private static ActorFinder.Unit lightSubject(List<ActorFinder.Unit> units, List<Token> toks, List<PhraseIndex.Hit<Cue>> cues,
                                                 PhraseIndex.Hit<TriggerDef> h) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != Cue.LIGHT) continue;
            if (c.to() <= h.from() && h.from() - c.to() <= 5) {
                for (ActorFinder.Unit u : units) {
                    if (u.from() >= c.to() && u.to() <= h.from() && !Punctuation.comma(toks, c.to(), u.from())) return u;
                }
                for (ActorFinder.Unit u : units) {
                    if (u.to() <= c.from() && c.from() - u.to() <= 2 && !Punctuation.comma(toks, u.to(), c.from())) return u;
                }
            }
            if (c.from() >= h.to() && c.from() - h.to() <= 3) {
                for (ActorFinder.Unit u : units) {
                    if (u.from() >= c.to() && u.from() - c.to() <= 1) return u;
                }
            }
        }
        return null;
    }

    /** "إسرائيلية", "أمريكي", "الأفغانية": a country adjective, not the country's name. */
    private static boolean nisba(ActorFinder.Unit u, List<Token> toks) {
        if (u.to() - u.from() != 1) return false;
        boolean bare = u.actors().stream().allMatch(a -> a.sector() == null && a.country() != null && a.group() == null);
        String f = toks.get(u.from()).folded();
        return bare && (f.endsWith("ي") || f.endsWith("يه") || f.endsWith("يين") || f.endsWith("يون") || f.endsWith("يان"));
    }

    /** "قائدا", "صحفيا": an indefinite accusative noun, the object of a verb whose subject came before it. */
    private static boolean accusative(List<Token> toks, int at) {
        if (at >= toks.size()) return false;
        Token t = toks.get(at);
        String f = ArabicRules.bare(t);
        return Fold.isArabic(f) && f.length() >= 4 && f.endsWith("ا") && !f.endsWith("ما") && NumberWords.value(t) < 0
                && !ADVERBS.contains(f);
    }

    /** Adverbs that end like accusative nouns: "أيضا" (also), "صباحا" (in the morning). */
    private static final Set<String> ADVERBS = ArabicRules.folded("ايضا", "حاليا", "مجددا", "سابقا", "لاحقا", "فجرا",
            "ظهرا", "صباحا", "ليلا", "اخيرا", "عمدا", "جدا");

    /** A number within a few words after {@code at}, before a comma or another trigger. */
    private static boolean countAfter(List<Token> toks, List<PhraseIndex.Hit<TriggerDef>> triggers, int at) {
        for (int i = at; i < Math.min(toks.size(), at + 5); i++) {
            Token t = toks.get(i);
            if (Punctuation.comma(toks, i, i + 1) || ArabicRules.covered(triggers, i)) return false;
            if (NumberWords.value(t) > 0 || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))) return true;
        }
        return false;
    }

    private static boolean triggerBetween(List<PhraseIndex.Hit<TriggerDef>> triggers, PhraseIndex.Hit<TriggerDef> h, ActorFinder.Unit u) {
        int from = Math.min(h.to(), u.to()), to = Math.max(h.from(), u.from());
        for (int i = from; i < to; i++) if (ArabicRules.covered(triggers, i)) return true;
        return false;
    }

    /**
     * One sentence, one assault: "هجوم انتحاري استهدف ثكنة عسكرية ... مقتل 28 شخصا" hit both the barracks and the
     * people killed, so the targets each trigger names are all the event's targets (the shared merge keeps only
     * the first trigger's).
     */
    static void unionTargets(Candidate into, Candidate other) {
        // "بعد ساعة من الاحتجاج، تظاهر عشرات من أعضاء الأحزاب": a source standing in for nobody named (an inferred
        // actor: the public, unknown attackers) gives way to the one another word of the event names
        if (!into.sources.isEmpty() && into.sources.stream().allMatch(a -> placeholder(a, into))
                && !other.sources.isEmpty() && other.sources.stream().noneMatch(a -> placeholder(a, other))) {
            into.sources.clear();
            into.sources.addAll(other.sources);
        }
        if (!into.plover().equals("ASSAULT")) return;
        for (Actor a : other.targets) {
            boolean known = into.targets.stream().anyMatch(t -> java.util.Objects.equals(t.span(), a.span()))
                    || into.sources.stream().anyMatch(t -> java.util.Objects.equals(t.span(), a.span()));
            if (!known) into.targets.add(a);
        }
    }

    /**
     * "للدنماركيين", "بالشرطة": an actor written with the preposition ل or ب is a complement, never a subject. True when
     * the dictionary phrase matched only once the preposition was taken off.
     */
    static boolean prepositional(ActorFinder.Unit u, List<Token> toks) {
        if (u.defs().isEmpty()) return false;
        String f = ArabicRules.bare(toks.get(u.from()));
        String first = u.defs().get(0).phrase().first();
        return (f.startsWith("ل") || f.startsWith("ب")) && !f.startsWith(first);
    }

    /** An actor whose words are the trigger's own: put in because the text names nobody. */
    private static boolean placeholder(Actor a, Candidate c) {
        return Inferred.is(a);
    }

    private static boolean triggerBefore(List<PhraseIndex.Hit<TriggerDef>> triggers, PhraseIndex.Hit<TriggerDef> h, int gap) {
        for (PhraseIndex.Hit<TriggerDef> t : triggers) if (t != h && t.to() <= h.from() && h.from() - t.to() <= gap) return true;
        return false;
    }

    /** قتل، اختطفوا, but not قتلتهم (killed them): an object pronoun makes the verb active. */
    private static boolean unvoiced(List<Token> toks, List<PhraseIndex.Hit<Cue>> cues, PhraseIndex.Hit<TriggerDef> h) {
        return covers(cues, h, Cue.UNVOICED) && !possessive(toks.get(h.from()));
    }

    private static boolean covers(List<PhraseIndex.Hit<Cue>> cues, PhraseIndex.Hit<TriggerDef> h, Cue kind) {
        for (PhraseIndex.Hit<Cue> c : cues) if (c.value() == kind && c.from() <= h.from() && h.from() < c.to()) return true;
        return false;
    }

    private static boolean counted(List<Token> toks, int at) {
        int i = at - 1;
        if (i > 0 && toks.get(i).is("من")) i--;
        if (i < 0) return false;
        Token t = toks.get(i);
        return NumberWords.value(t) > 0 || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }

    private static final Set<String> RESUMPTIVE = ArabicRules.folded("انه", "انها", "انهم", "بانه", "بانها", "بانهم");

    /** The index of "إنه"/"أنها" right before the trigger (the speaker taken up again), else null. */
    private static Integer resumed(List<Token> toks, PhraseIndex.Hit<TriggerDef> h) {
        for (int i = h.from() - 1; i >= Math.max(0, h.from() - 2); i--) {
            if (RESUMPTIVE.contains(ArabicRules.bare(toks.get(i)))) return i;
        }
        return null;
    }

    private static ActorFinder.Unit lastBefore(List<ActorFinder.Unit> units, int at) {
        ActorFinder.Unit last = null;
        for (ActorFinder.Unit u : units) if (u.to() <= at && at - u.to() <= 8) last = u;
        return last;
    }

    private static final Set<String> NOT_ADJECTIVES = ArabicRules.folded("في", "على", "ضد", "من", "الى", "عن", "مع", "قرب", "امام",
            "داخل", "خارج", "بين", "لدى", "عند", "منذ", "بعد", "قبل");

    /** A word that may be an adjective between a noun and a country adjective: not a preposition or a number. */
    private static boolean adjective(Token t) {
        return Fold.isArabic(t.folded()) && !NOT_ADJECTIVES.contains(t.folded()) && NumberWords.value(t) < 0;
    }

    private static boolean unknownAttacker(ActorFinder.Unit u) {
        return u.actors().stream().allMatch(a -> "UAF".equals(a.sector()) && a.country() == null && a.group() == null);
    }

    private static boolean armed(ActorFinder.Unit u) {
        return u.actors().stream().anyMatch(a -> a.group() != null || a.sector() != null && ARMED.contains(a.sector()));
    }

    private static boolean civilian(ActorFinder.Unit u) {
        return u.actors().stream().allMatch(a -> "CVL".equals(a.sector()));
    }

    private static boolean hardBreak(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.equals(";") || t.equals(":") || t.equals("(") || t.equals(")") || t.equals(".")) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ protests

    /**
     * Who an Arabic protest is by and against: the people named next to its word, a bare people's name among
     * them ("تظاهر مئات الصرب": Serbian civilians); and what comes after "ضد", "احتجاجا على", "تنديدا ب" or
     * demands ("تطالب الحكومة", "مطالبين باستقالة الحكومة") is its target; an embassy names its country's
     * government ("أمام السفارة اليونانية").
     */
    static void protestRoles(Candidate c, PhraseIndex.Hit<TriggerDef> h, List<Token> toks, List<ActorFinder.Unit> all,
                             List<PhraseIndex.Hit<Cue>> cues, String text) {
        // "مظاهرة نظمها حزب البعث": who organised the protest is who protests
        if (c.nominal) {
            for (PhraseIndex.Hit<Cue> l : cues) {
                if (l.value() != Cue.LIGHT || l.from() < h.to() || l.from() - h.to() > 2) continue;
                for (ActorFinder.Unit u : all) {
                    if (u.from() >= l.to() && u.from() - l.to() <= 1 && !(u.place() && u.afterLocPrep())) {
                        c.sources.clear();
                        c.sources.addAll(u.actors());
                        c.targets.removeIf(t -> c.sources.stream().anyMatch(a -> java.util.Objects.equals(a.span(), t.span())));
                        break;
                    }
                }
            }
        }
        if (!c.sources.isEmpty() && all.stream().anyMatch(u -> prepositional(u, toks)
                && u.actors().stream().anyMatch(a -> c.sources.stream().anyMatch(x -> java.util.Objects.equals(x.span(), a.span()))))) {
            c.sources.clear();
            c.sources.add(Inferred.actor(c, DictionaryEventCoder.span(text, toks, h.from(), h.to()), null, "CVL"));
        }
        // "تجمع متظاهرون ... حول مقر سفارة استونيا احتجاجا": what a protest is held at is whom it addresses
        for (ActorFinder.Unit u : all) {
            boolean isSource = u.actors().stream().anyMatch(a -> c.sources.stream().anyMatch(x -> java.util.Objects.equals(x.span(), a.span())));
            if (!isSource || !Roles.precededBy(cues, u.from(), Cue.ADDRESSEE, 2)) continue;
            c.targets.clear();
            c.targets.addAll(u.actors());
            c.sources.clear();
            for (ActorFinder.Unit p : all) {
                if (p.to() <= u.from() && p.actors().stream().allMatch(a -> "CVL".equals(a.sector()) || "EDU".equals(a.sector())
                        || "LAB".equals(a.sector()))) {
                    c.sources.clear();
                    c.sources.addAll(p.actors());
                }
            }
            if (c.sources.isEmpty()) c.sources.add(Inferred.actor(c, DictionaryEventCoder.span(text, toks, h.from(), h.to()), null, "CVL"));
            return;
        }
        boolean defaultSource = c.sources.isEmpty() || c.sources.stream().allMatch(a -> a.span() != null
                && a.span().start() == toks.get(h.from()).start() && "---CVL".equals(a.code()))
                || c.sources.stream().allMatch(a -> a.country() != null && a.sector() == null && a.group() == null);
        if (defaultSource) {
            for (ActorFinder.Unit u : all) {
                int dist = u.from() >= h.to() ? u.from() - h.to() : h.from() - u.to();
                if (u.place() && u.afterLocPrep() || dist < 0 || dist > 3 || !people(u, toks) || prepositional(u, toks)) continue;
                if (Punctuation.comma(toks, Math.min(u.to(), h.to()), Math.max(u.from(), h.from()))) continue;
                c.sources.clear();
                c.sources.addAll(ActorFinder.withSector(u, "CVL").actors());
                c.targets.removeIf(t -> c.sources.stream().anyMatch(a -> java.util.Objects.equals(a.span(), t.span()))); // not also "in Serbia"
                break;
            }
        }
        for (PhraseIndex.Hit<Cue> m : cues) {
            if (m.value() != Cue.ADDRESSEE || m.from() < h.from() - 1 || m.from() - h.to() > 8) continue;
            for (ActorFinder.Unit u : all) {
                if (u.from() < m.to() || u.from() - m.to() > 3 || Punctuation.comma(toks, m.to(), u.from())) continue;
                if (u.place() && u.afterLocPrep()) break;
                int from = toks.get(u.from()).start(), to = toks.get(u.to() - 1).end();
                if (c.sources.stream().anyMatch(a -> a.span() != null && a.span().start() < to && from < a.span().end())) {
                    // "تظاهر النشطاء أمام مقر المحكمة": taken for the source, the court is whom they protest to
                    if (c.sources.stream().anyMatch(a -> "CVL".equals(a.sector()))) break;
                    c.sources.clear();
                    c.sources.add(Inferred.actor(c, DictionaryEventCoder.span(text, toks, h.from(), h.to()), null, "CVL"));
                }
                c.targets.clear();
                c.targets.addAll(u.actors().stream().allMatch(a -> a.sector() == null && a.country() != null && a.group() == null)
                        ? ActorFinder.withSector(u, "GOV").actors() : u.actors());
                return;
            }
        }
    }

    private static final Set<String> MULTITUDES = ArabicRules.folded("مئات", "الاف", "عشرات", "الوف", "ملايين", "مئات من", "الاف من");

    /** A bare people's name used as a noun: "النيباليين", "مئات الصرب" (a plural, or after a word of number). */
    private static boolean people(ActorFinder.Unit u, List<Token> toks) {
        boolean bare = u.actors().stream().allMatch(a -> a.sector() == null && a.country() != null && a.group() == null);
        if (!bare) return false;
        String f = ArabicRules.bare(toks.get(u.to() - 1));
        // "النيباليين", "السوريون": a plural of people; "اليونانية" describes a thing
        if (!u.place() && (f.endsWith("يين") || f.endsWith("يون") || f.endsWith("يان"))) return true;
        int i = u.from() - 1;
        if (i > 0 && toks.get(i).is("من")) i--;
        return i >= 0 && (MULTITUDES.contains(ArabicRules.bare(toks.get(i))) || NumberWords.value(toks.get(i)) > 0);
    }
}
