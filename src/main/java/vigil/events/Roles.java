package vigil.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vigil.model.Actor;
import vigil.model.Span;

/**
 * Who did it and to whom: assigns actor units around a trigger to source and target by position and voice.
 * Active verbs take the group on their left as source and the next one on their right as target; passive
 * verbs ("was killed by") swap that; nouns take their modifier or "by X" as source and "on/against X" as
 * target. Arabic verb-first clauses take source then target from the right. Without a dictionary actor, a
 * capitalised name next to the trigger is kept as an uncoded actor.
 */
final class Roles {
    private Roles() {}

    private static final int WINDOW = 10;
    private static final Set<String> RECIPROCAL = Set.of("CONSULT", "COOPERATE");
    private static final Set<String> PROTESTERS = Set.of("CVL", "EDU", "LAB", "OPP");
    private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "COP");

    static void assign(Candidate c, PhraseIndex.Hit<TriggerDef> h, List<Token> toks, List<ActorFinder.Unit> all,
                       List<PhraseIndex.Hit<Cue>> cues, String lang, String text) {
        List<ActorFinder.Unit> units = new ArrayList<>();
        for (ActorFinder.Unit u : all) {
            if (u.place() && u.afterLocPrep()) continue;
            if (u.from() < h.to() && h.from() < u.to()) continue;
            if (!lang.equals("en") && SpanishArabicRules.nameInPlacePhrase(toks, u, cues)) continue;
            // "no civilians were harmed": nobody is who it did not happen to
            if (u.from() > 0 && toks.get(u.from() - 1).is("no", "ningun", "ninguna", "none")) continue;
            if (lang.equals("es") && (SpanishActors.reporter(toks, u) || u.to() <= h.from() && SpanishActors.addressee(toks, u, cues))) continue;
            units.add(u);
        }
        List<ActorFinder.Unit> left = new ArrayList<>(), right = new ArrayList<>();
        for (ActorFinder.Unit u : units) {
            boolean broken = lang.equals("es") ? SpanishActors.hardBreakOutsideParens(toks, u.to(), h.from())
                    : hardBreak(toks, u.to(), h.from());
            if (u.to() <= h.from() && h.from() - u.to() <= WINDOW && !broken
                    && !speakerOfAnother(toks, cues, u.to(), h.from()) && !subordinateBetween(toks, u.to(), h.from())) left.add(u);
            if (u.from() >= h.to() && u.from() - h.to() <= WINDOW && !hardBreak(toks, h.to(), u.from())
                    && !Punctuation.comma(toks, h.to(), u.from())) right.add(u);
        }
        ActorFinder.Unit by = null;
        for (ActorFinder.Unit u : right) {
            if (precededBy(cues, u.from(), Cue.BY, 2)) {
                by = u;
                break;
            }
        }
        // "the pistols were discovered": a pattern that spans its verb is a clause, whatever stands before it
        boolean clause = h.value().phrase().words().contains(Phrase.GAP);
        boolean noun = h.value().noun() || !clause && nominalUse(toks, h.from())
                || lang.equals("en") && h.to() - h.from() == 1 && EnglishRules.nounPhraseHead(toks, h.from())
                || lang.equals("ar") && SpanishArabicRules.arabicVerbalNoun(toks.get(h.from()), h.value().phrase());
        c.nominal = noun;
        c.spanishNoun = lang.equals("es") && SpanishArabicRules.spanishNominal(toks, h.from());
        boolean passive = !noun && participle(h, toks, lang)
                && (precededBy(cues, h.from(), Cue.PASSIVE, 2) || (by != null && by.from() - h.to() <= 2)
                    || auxiliaryInside(h, cues, lang)
                    || reducedRelative(h, toks, left)
                    || lang.equals("en") && countedVictims(toks, h.from()));
        List<ActorFinder.Unit> leftGroup = lastGroup(left);
        // "fueron muertas de varios impactos, por hombres armados": a Spanish agent may follow a comma
        if (passive && by == null && lang.equals("es")) by = SpanishActors.agentAcrossComma(toks, h, units, cues);
        List<ActorFinder.Unit> src = List.of(), tgt = List.of();
        ActorFinder.Unit firstRight = null;
        for (ActorFinder.Unit u : right) {
            // "withdraw its troops from Lebanon": the source's own people are not the target
            boolean own = u.from() > 0 && toks.get(u.from() - 1).is("its", "their", "his", "her", "our", "su", "sus");
            if (u != by && !own) { firstRight = u; break; }
        }
        if (noun) {
            // "expressed sorrow for the shootings", "retaliated over the bombing": who speaks of a mentioned act of
            // violence did not commit it, unless armed ("troops captured the town after days of fighting")
            int prep = lang.equals("en") ? EventShaping.prepositionBefore(toks, h.from(), lang) : -1;
            boolean mentioned = prep >= 0 && !precededBy(cues, h.from(), Cue.LIGHT, 5) && c.plover().equals("ASSAULT")
                    && leftGroup.stream().noneMatch(u -> u.actors().stream().anyMatch(Roles::armed));
            if (by != null) src = List.of(by);
            else if (!leftGroup.isEmpty() && (h.from() - leftGroup.get(leftGroup.size() - 1).to() <= 6
                    || precededBy(cues, h.from(), Cue.LIGHT, 5))
                    && !(mentioned && leftGroup.get(leftGroup.size() - 1).to() <= prep)) src = leftGroup;
            ActorFinder.Unit against = null;
            for (ActorFinder.Unit u : right) {
                if (precededBy(cues, u.from(), Cue.AGAINST, 2) && u.from() - h.to() <= 3) { against = u; break; }
            }
            if (against != null) tgt = List.of(against);
            else if (firstRight != null && !src.contains(firstRight)) tgt = group(right, firstRight);
        } else if (passive) {
            tgt = leftGroup;
            if (by != null) src = right.contains(by) ? group(right, by) : List.of(by);
        } else if (lang.equals("ar") && (leftGroup.isEmpty() || h.from() - leftGroup.get(leftGroup.size() - 1).to() > 3
                // "... للشرطة في كركوك فيما اعتقلت الشرطة": a verb opening its own clause is read verb-first
                || SecondActs.joinBetween(toks, leftGroup.get(leftGroup.size() - 1).to(), h.from()))) {
            // verb-first: V S O
            if (firstRight != null) {
                src = group(right, firstRight);
                for (ActorFinder.Unit u : right) {
                    if (u.group() != firstRight.group() && u != by) { tgt = group(right, u); break; }
                }
                if (tgt.isEmpty() && isCivilian(src) && c.plover().equals("ASSAULT")) {
                    tgt = src;
                    src = List.of();
                }
            }
            if (by != null) src = group(right, by);
        } else {
            src = leftGroup;
            // "Paramilitares vistiendo prendas de las Fuerzas Militares, ejecutaron": a complement is no subject
            if (lang.equals("es")) src = SpanishActors.subjectOverComplement(toks, src, units);
            ActorFinder.Unit object = firstRight;
            if (lang.equals("es")) {
                // the personal "a" marks the object, often after a place phrase and commas
                for (ActorFinder.Unit u : all) {
                    if (u.from() > h.to() && u.from() - h.to() <= 14 && !u.place() && u.from() > 0
                            && toks.get(u.from() - 1).is("a", "al") && !hardBreak(toks, h.to(), u.from())) {
                        object = u;
                        break;
                    }
                    if (u.from() > h.to() && u.from() - h.to() <= 14 && u.from() > 1 && toks.get(u.from() - 2).is("a")
                            && NumberWords.value(toks.get(u.from() - 1)) > 0) {
                        object = u;
                        break;
                    }
                }
            }
            if (object != null) tgt = object == firstRight ? group(right, object) : List.of(object);
        }
        if ((noun || c.spanishNoun) && !leftGroup.isEmpty() && dyingBetween(cues, leftGroup.get(leftGroup.size() - 1).to(), h.from())) {
            // "two soldiers died in the attack", "dos soldados murieron en un ataque de la guerrilla": who died are the
            // victims of the act named after; its doer is "by X" or, in Spanish, "de X" right after the noun
            tgt = leftGroup;
            src = by != null ? List.of(by) : firstRight != null && toks.get(h.to()).is("de", "del")
                    && (firstRight.from() == h.to() + 1 || firstRight.from() == h.to() + 2
                        && toks.get(h.to() + 1).is("la", "los", "las")) ? group(right, firstRight) : List.of();
        }
        if (lang.equals("ar") && c.plover().equals("ASSAULT") && h.value().weak()) {
            ActorFinder.Unit victim = SpanishArabicRules.countedVictim(toks, units, h);
            if (victim != null) {
                tgt = List.of(victim);
                src = src.stream().filter(u -> u != victim).toList();
            }
        }
        tgt = wholeGroups(tgt, units); // "killed militant commander Abu Khattab al-Ansari": the name may lie past the window
        if (!src.isEmpty()) {
            // "attacks on the alliance by Iranian President Hassan Velayati": the source's own name is no target
            List<ActorFinder.Unit> s2 = src;
            tgt = tgt.stream().filter(t -> s2.contains(t) || s2.stream().noneMatch(x -> x.group() == t.group())).toList();
            if (by != null && src.contains(by)) {
                ActorFinder.Unit agent = by; // the agent named by "by", with the rest of its name, stays the source
                tgt = tgt.stream().filter(t -> t.group() != agent.group()).toList();
            }
        }
        if (!tgt.isEmpty() && !src.isEmpty()) {
            List<ActorFinder.Unit> t2 = tgt;
            src = src.stream().filter(u -> !t2.contains(u)).toList();
            // "by US President Donald Trump": the name right after the source's title is the source again
            if (by != null && src.contains(by)) {
                ActorFinder.Unit agent = by;
                tgt = tgt.stream().filter(t -> agent.to() != t.from()).toList();
            }
        }
        if (!noun && h.from() > 0 && toks.get(h.from()).folded().endsWith("ing") && toks.get(h.from() - 1).is(",")) {
            src = List.of(); // ", killing four": the subject is the main clause's, already coded there
        }
        for (ActorFinder.Unit u : src) {
            if (c.plover().equals("ASSAULT") && aircraft(u, toks)) c.mode = "aerial";
        }
        if (c.plover().equals("PROTEST")) {
            // "protesters marched", "المتظاهرون": the people protesting are the source, even when their noun is the trigger
            for (ActorFinder.Unit u : all) {
                boolean people = u.actors().stream().anyMatch(a -> PROTESTERS.contains(String.valueOf(a.sector())));
                boolean near = Math.abs(u.from() - h.from()) <= 6;
                if (people && near && (src.isEmpty() || src.stream().noneMatch(x -> x.actors().stream()
                        .anyMatch(a -> PROTESTERS.contains(String.valueOf(a.sector())))))) {
                    src = List.of(u);
                    if (tgt.contains(u)) tgt = List.of();
                    break;
                }
            }
        }
        if (lang.equals("es") && c.plover().equals("PROTEST")) {
            // "la protesta de los trabajadores", "en protesta por ...": who protests, by Spanish syntax
            if (by != null && src.contains(by) && SpanishProtesters.grievancePor(toks, h, by)) src = leftGroup;
            ActorFinder.Unit who = SpanishProtesters.protesters(toks, h, units, firstRight, src);
            if (who != null) {
                src = List.of(who);
                tgt = tgt.stream().filter(t -> t != who).toList();
            }
        }
        for (ActorFinder.Unit u : src) c.sources.addAll(withInferredSector(u, c));
        if (c.sources.isEmpty() && c.plover().equals("PROTEST") && lang.equals("es")) {
            // "Los maestros de la provincia iniciaron el lunes por la mañana una huelga": the clause's subject, however
            // far; else "la abogada Pérez protestó": a name the dictionaries do not know
            for (ActorFinder.Unit u : leftGroup) c.sources.addAll(withInferredSector(u, c));
            ActorFinder.Unit opening = c.sources.isEmpty() && !noun && !c.spanishNoun
                    ? SpanishProtesters.openingSubject(toks, h, units) : null;
            if (opening != null && speakerOfAnother(toks, cues, opening.to(), h.from())) opening = null;
            if (opening != null) c.sources.addAll(opening.actors());
            Span n = c.sources.isEmpty() ? SpanishProtesters.speakerAfterQuote(toks, text, h, all, cues) : null;
            if (n == null && c.sources.isEmpty()) n = Names.near(toks, text, h.from(), -1, all, cues);
            if (n != null && !afterPreposition(toks, n)) c.sources.add(new Actor(n, null, null, null, null));
        }
        if (c.sources.isEmpty() && c.plover().equals("PROTEST")) {
            // a protest with nobody named is the public's: civilians, as CAMEO and PLOVER code them
            Span s = DictionaryEventCoder.span(text, toks, h.from(), h.to());
            c.sources.add(Inferred.actor(c, s, null, "CVL"));
            c.standIn = true;
        }
        if (c.sources.isEmpty() && "1831".equals(h.value().cameo())) {
            // a suicide bombing names its perpetrator: the bomber, an unaffiliated armed actor unless said otherwise
            Span s = DictionaryEventCoder.span(text, toks, h.from(), h.to());
            c.sources.add(Inferred.actor(c, s, null, "UAF"));
        }
        for (ActorFinder.Unit u : tgt) c.targets.addAll(u.actors());
        if (lang.equals("es") && c.plover().equals("PROTEST")) {
            // "protestaron contra la reforma": what the protest is against
            List<Actor> against = SpanishProtesters.protestObject(text, toks, h, units);
            if (!against.isEmpty()) {
                c.targets.clear();
                c.targets.addAll(against);
            }
        }
        if (c.targets.isEmpty() && RECIPROCAL.contains(c.plover()) && c.sources.size() >= 2) {
            // "the US, Russia and Switzerland met": each side is the other's counterpart
            c.targets.addAll(c.sources);
        }
        if (c.targets.isEmpty() && !c.plover().equals("PROTEST")) {
            // "shelled Juba": without an actor, the country acted upon is the place named (a protest's place names
            // whom it addresses by a convention of its own: ProtestAddressee)
            for (ActorFinder.Unit u : all) {
                if (u.place() && u.from() >= h.to() && u.from() - h.to() <= WINDOW && !src.contains(u)
                        && !hardBreak(toks, h.to(), u.from())) {
                    c.targets.addAll(u.actors());
                    break;
                }
            }
        }
        if (!lang.equals("ar")) {
            if (c.sources.isEmpty()) {
                Span n = Names.near(toks, text, passive ? (by == null ? -1 : by.from()) : h.from(), passive ? +1 : -1, all, cues);
                if (n != null && !passive) c.sources.add(new Actor(n, null, null, null, null));
            }
            if (c.targets.isEmpty()) {
                Span n = passive ? Names.near(toks, text, h.from(), -1, all, cues) : Names.near(toks, text, h.to() - 1, +1, all, cues);
                if (n == null && !passive && lang.equals("es")) n = SpanishActors.personalObject(toks, text, h);
                if (n != null && !overlaps(n, c.sources)) c.targets.add(new Actor(n, null, null, null, null));
            }
        }
    }

    private static final List<String> AIRCRAFT = List.of("warplane", "jet", "aircraft", "drone", "helicopter",
            "chopper", "avion", "helicoptero", "طائر", "طيران", "مروحي", "مقاتلات");

    /** "Israeli warplanes struck ...": an assault by aircraft is aerial. */
    private static boolean aircraft(ActorFinder.Unit u, List<Token> toks) {
        for (int i = u.from(); i < u.to(); i++) {
            if (i >= 2 && toks.get(i - 1).is("-") && toks.get(i - 2).is("anti")) continue; // anti-aircraft guns
            if (toks.get(i).is("air") && i + 1 < u.to() && toks.get(i + 1).is("force")) return true; // "the Air Force"
            for (String v : toks.get(i).variants()) {
                for (String a : AIRCRAFT) {
                    if (v.startsWith(a)) return true;
                }
            }
        }
        return false;
    }

    /** Overlaps an actor, or follows one with only spaces between: "US President Donald Trump" is one person. */
    private static boolean overlaps(Span s, List<Actor> as) {
        for (Actor a : as) {
            if (a.span().overlaps(s)) return true;
            if (a.span().end() <= s.start() && s.start() - a.span().end() <= 1) return true;
        }
        return false;
    }

    private static boolean isCivilian(List<ActorFinder.Unit> us) {
        for (ActorFinder.Unit u : us) for (Actor a : u.actors()) if (!"CVL".equals(a.sector())) return false;
        return !us.isEmpty();
    }

    /** A bare country behind an airstrike or shelling is its military ("a US airstrike"). */
    private static List<Actor> withInferredSector(ActorFinder.Unit u, Candidate c) {
        String mode = c.mode;
        if ("aerial".equals(mode) || "heavy-weapons".equals(mode)) {
            boolean bare = u.actors().stream().allMatch(a -> a.sector() == null && a.country() != null && a.group() == null);
            if (bare) return ActorFinder.withSector(u, "MIL").actors();
        }
        return u.actors();
    }

    static boolean armed(Actor a) {
        return a.sector() != null && ARMED.contains(a.sector()) || a.group() != null;
    }

    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their");

    /**
     * "Police said the teenage driver was killed": the speaker tells of someone else's act or fate, so the
     * speaker is not its source or target, unless the clause goes on with a pronoun for the speaker ("the
     * ministry said it had arrested ...").
     */
    static boolean speakerOfAnother(List<Token> toks, List<PhraseIndex.Hit<Cue>> cues, int from, int to) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() != Cue.SPEECH || c.from() < from || c.to() > to) continue;
            int j = c.to();
            if (j < to && toks.get(j).is("that", "que", "ان")) j++;
            return j < to && !PRONOUNS.contains(toks.get(j).folded());
        }
        return false;
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "whereas", "because", "cuando", "mientras",
            "عندما", "حين", "حينما", "بينما");

    /**
     * "Nine people lost their lives when artillery shells slammed into the market": a clause opened by "when",
     * "while", "cuando" or "عندما" has its own subject, so an actor before it is not the doer of what it tells.
     */
    private static boolean subordinateBetween(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (SUBORDINATORS.contains(toks.get(i).folded())) return true;
        return false;
    }

    private static boolean hardBreak(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.equals(";") || t.equals(":") || t.equals("—") || t.equals("(") || t.equals(")")) return true;
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "in", "of", "during", "after", "by",
            "his", "her", "their", "its", "new", "deadly", "fresh", "heavy", "these", "those", "such");

    /** "sustained losses in raids by ...": a verb-like trigger after an article or preposition is a noun. */
    static boolean nominalUse(List<Token> toks, int at) {
        if (at == 0 || !DETERMINERS.contains(toks.get(at - 1).folded())) return false;
        // "by recapturing a number of towns", "after killing two guards": a gerund with an object is still a verb
        Token w = toks.get(at);
        boolean gerund = w.folded().endsWith("ing") && toks.get(at - 1).is("by", "after", "during", "in")
                && at + 1 < toks.size() && (toks.get(at + 1).is("the", "a", "an", "his", "her", "their", "its")
                || NumberWords.value(toks.get(at + 1)) > 0);
        return !gerund;
    }

    private static final Set<String> AFTER_PARTICIPLE = Set.of("in", "at", "on", "during", "when", "near", "after",
            "by", "while", "overnight", "yesterday", "today", "en", "por", "durante", "cerca", ".", ",");

    /** "10 soldiers killed in Ukraine": a participle right after its noun, followed by a preposition. */
    private static boolean reducedRelative(PhraseIndex.Hit<TriggerDef> h, List<Token> toks, List<ActorFinder.Unit> left) {
        String type = h.value().plover();
        if (!type.equals("ASSAULT") && !type.equals("COERCE")) return false;
        if (left.isEmpty() || left.get(left.size() - 1).to() != h.from()) return false;
        if (h.value().phrase().words().contains(Phrase.GAP)) return false; // "captured the hill town on Monday": an object
        if (h.to() >= toks.size()) return true;
        return AFTER_PARTICIPLE.contains(toks.get(h.to()).folded());
    }

    /** "and six others injured", "12 killed": a count right before a participle names who suffered it. */
    private static boolean countedVictims(List<Token> toks, int at) {
        if (at == 0) return false;
        Token before = toks.get(at - 1);
        return before.is("others", "more") || NumberWords.value(before) > 0;
    }

    /** "was killed", "fue asesinado": only participles make a passive ("is willing to" does not). */
    private static boolean participle(PhraseIndex.Hit<TriggerDef> h, List<Token> toks, String lang) {
        List<String> words = h.value().phrase().words();
        if (words.get(words.size() - 1).equals("to")) return false;
        if (h.to() < toks.size() && toks.get(h.to()).is("to")) return false; // "is opposed to"
        String w = toks.get(h.from()).folded();
        if (lang.equals("en")) return w.endsWith("d") || w.endsWith("n") || w.endsWith("t");
        if (lang.equals("es")) {
            String p = ".*(ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)";
            // "fueron desaparecidos": the participle ends the phrase; "amenazada de muerte": it begins it
            return w.matches(p) || toks.get(h.to() - 1).folded().matches(p);
        }
        return true;
    }

    /** "y de Hendaya", "en Quito": a name after a preposition is a place or a complement, not who protests. */
    private static boolean afterPreposition(List<Token> toks, Span name) {
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).start() == name.start()) {
                return toks.get(i - 1).is("de", "del", "en", "a", "al", "desde", "hacia", "para", "por", "con", "sobre");
            }
        }
        return false;
    }

    /** Spanish triggers that spell out their auxiliary ("fueron desaparecidos") are passive by themselves. */
    private static boolean auxiliaryInside(PhraseIndex.Hit<TriggerDef> h, List<PhraseIndex.Hit<Cue>> cues, String lang) {
        if (!lang.equals("es")) return false;
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == Cue.PASSIVE && c.from() == h.from() && c.to() < h.to()) return true;
        }
        return false;
    }

    /** A word of dying or of injury ("died", "murieron", "were wounded") lies between. */
    private static boolean dyingBetween(List<PhraseIndex.Hit<Cue>> cues, int from, int to) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if ((c.value() == Cue.DEATH || c.value() == Cue.INJURY) && c.from() >= from && c.to() <= to) return true;
        }
        return false;
    }

    static boolean precededBy(List<PhraseIndex.Hit<Cue>> cues, int at, Cue kind, int window) {
        for (PhraseIndex.Hit<Cue> c : cues) {
            if (c.value() == kind && c.to() <= at && c.to() >= at - window) return true;
        }
        return false;
    }

    private static List<ActorFinder.Unit> lastGroup(List<ActorFinder.Unit> left) {
        if (left.isEmpty()) return List.of();
        int g = left.get(left.size() - 1).group();
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit u : left) if (u.group() == g) out.add(u);
        return out;
    }

    /** The chosen units with the rest of their groups (units in the sentence order). */
    private static List<ActorFinder.Unit> wholeGroups(List<ActorFinder.Unit> chosen, List<ActorFinder.Unit> units) {
        if (chosen.isEmpty()) return chosen;
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit x : units) {
            if (chosen.contains(x) || chosen.stream().anyMatch(c -> c.group() == x.group())) out.add(x);
        }
        for (ActorFinder.Unit c : chosen) if (!out.contains(c)) out.add(c);
        return out;
    }

    private static List<ActorFinder.Unit> group(List<ActorFinder.Unit> side, ActorFinder.Unit u) {
        List<ActorFinder.Unit> out = new ArrayList<>();
        for (ActorFinder.Unit x : side) if (x.group() == u.group()) out.add(x);
        return out;
    }
}
