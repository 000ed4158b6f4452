package vigil.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vigil.model.Actor;
import vigil.model.Entity;
import vigil.model.EntityType;
import vigil.model.Event;
import vigil.model.Evidence;
import vigil.model.Place;
import vigil.model.Span;

/** Merging and contradictions on events written by hand, each with the sentence it was coded from. */
class EventMergerTest {
    static final Place MOSUL = new Place(null, "Mosul", 99_072L, 36.335, 43.119, "IQ", "Nineveh", "PPLA");
    static final Place TIKRIT = new Place(null, "Tikrit", 89_571L, 34.607, 43.677, "IQ", "Salah ad Din", "PPLA");
    static final Place IRAQ = new Place(null, "Iraq", 99_237L, 33.0, 44.0, "IQ", null, "PCLI");

    /** One report: a sentence, and an event whose fields point into it. */
    static final class Report {
        final String article;
        final String text;
        final List<Evidence> evidence = new ArrayList<>();
        final List<Actor> sources = new ArrayList<>();
        final List<Actor> targets = new ArrayList<>();
        final List<Entity> entities = new ArrayList<>();
        Integer toll;
        Place place;
        LocalDate date = LocalDate.of(2025, 5, 2);
        String story = "s1";
        String copyOf;
        String plover = "ASSAULT";

        Report(String article, String text) {
            this.article = article;
            this.text = text;
        }

        Span span(String words) {
            int i = text.indexOf(words);
            if (i < 0) throw new IllegalArgumentException(words);
            return Span.of(text, i, i + words.length());
        }

        Report toll(int n, String words) {
            toll = n;
            evidence.add(new Evidence("fatalities", 0, span(words)));
            return this;
        }

        Report source(String group, String words) {
            sources.add(new Actor(span(words), null, null, group, null));
            evidence.add(new Evidence("source", 0, span(words)));
            return this;
        }

        Report personTarget(String name) {
            targets.add(new Actor(span(name), null, "GOV", null, null));
            entities.add(new Entity(span(name), EntityType.PERSON, name, null));
            evidence.add(new Evidence("target", 0, span(name)));
            return this;
        }

        Report target(String words) {
            targets.add(new Actor(span(words), null, "MIL", null, null));
            return this;
        }

        Report at(Place p, String words) {
            place = p;
            evidence.add(new Evidence("location", 0, span(words)));
            return this;
        }

        ReportedEvent event() {
            Event e = new Event(article + "-0", article, plover, null, List.of(), null, sources, targets, place, date,
                    toll, null, 0.9, evidence);
            return new ReportedEvent(e, article + ".example", Instant.parse("2025-05-02T12:00:00Z"), story, copyOf,
                    entities);
        }
    }

    private static List<MergedEvent> merge(Report... reports) {
        List<ReportedEvent> events = new ArrayList<>();
        for (Report r : reports) events.add(r.event());
        return new EventMerger().mergeReported(events);
    }

    @Test
    void aLowerBoundDoesNotContradictAHigherToll() {
        var a = new Report("a", "A car bomb killed at least 12 people in Mosul.").toll(12, "killed at least 12 people")
                .at(MOSUL, "Mosul");
        var b = new Report("b", "The bombing in Mosul left 15 dead.").toll(15, "left 15 dead").at(MOSUL, "Mosul");
        MergedEvent e = merge(a, b).get(0);
        assertEquals(List.of(), e.contradictions());
        assertEquals(12, e.fatalitiesMin());
        assertEquals(15, e.fatalitiesMax());
    }

    @Test
    void differentPerpetratorsAreAContradictionWithBothSpans() {
        var a = new Report("a", "Islamic State claimed the bombing in Mosul.").source("Islamic State", "Islamic State")
                .at(MOSUL, "Mosul");
        var b = new Report("b", "Officials blamed Kataib Hezbollah for the Mosul blast.")
                .source("Kataib Hezbollah", "Kataib Hezbollah").at(MOSUL, "Mosul");
        List<MergedEvent> merged = merge(a, b);
        assertEquals(1, merged.size());
        Contradiction c = merged.get(0).contradictions().get(0);
        assertEquals("perpetrator", c.field());
        assertEquals(List.of("Islamic State", "Kataib Hezbollah"), c.claims().stream().map(Claim::value).toList());
        assertEquals("Kataib Hezbollah", c.claims().get(1).evidence().text());
    }

    @Test
    void differentPlacesInOneStoryAreAContradictionButACountryIsNot() {
        var a = new Report("a", "A drone struck a checkpoint near Mosul.").target("checkpoint").at(MOSUL, "Mosul");
        var b = new Report("b", "A drone struck a checkpoint near Tikrit.").target("checkpoint").at(TIKRIT, "Tikrit");
        var c = new Report("c", "A drone struck a checkpoint in Iraq.").target("checkpoint").at(IRAQ, "Iraq");
        assertEquals(2, merge(new Report("x", "A drone struck Mosul.").at(MOSUL, "Mosul"),
                new Report("y", "A drone struck Tikrit.").at(TIKRIT, "Tikrit")).size()); // nothing else ties them
        MergedEvent e = merge(a, b, c).get(0);
        assertEquals(List.of("place"), e.contradictions().stream().map(Contradiction::field).toList());
        assertEquals(3, e.contradictions().get(0).claims().size());
        assertEquals(0, merge(a, c).get(0).contradictions().size());
    }

    @Test
    void namedVictimsThatDifferAreAContradiction() {
        var a = new Report("a", "Gunmen killed the mayor, Omar Khalil, in Mosul.").personTarget("Omar Khalil")
                .at(MOSUL, "Mosul");
        var b = new Report("b", "Gunmen killed the deputy mayor, Saad Rahim, in Mosul.").personTarget("Saad Rahim")
                .at(MOSUL, "Mosul");
        Contradiction c = merge(a, b).get(0).contradictions().get(0);
        assertEquals("persons", c.field());
        assertEquals("Saad Rahim", c.claims().get(1).evidence().text());
    }

    @Test
    void withoutAStoryDifferentPlacesOrTypesOrDatesStayApart() {
        var a = new Report("a", "A drone struck a checkpoint near Mosul.").at(MOSUL, "Mosul");
        var b = new Report("b", "A drone struck a checkpoint near Tikrit.").at(TIKRIT, "Tikrit");
        a.story = null;
        b.story = null;
        assertEquals(2, merge(a, b).size());
        var c = new Report("c", "Protesters gathered in Mosul.").at(MOSUL, "Mosul");
        c.plover = "PROTEST";
        assertEquals(2, merge(a, c).size());
        var d = new Report("d", "A drone struck a checkpoint near Mosul.").at(MOSUL, "Mosul");
        d.date = LocalDate.of(2025, 6, 20);
        assertEquals(2, merge(a, d).size());
        var same = new Report("e", "Drone strike on a Mosul checkpoint.").at(MOSUL, "Mosul");
        same.story = null;
        assertEquals(1, merge(a, same).size());
    }

    @Test
    void copiesSupportButDoNotCountAsSourcesOrClaims() {
        var a = new Report("a", "A car bomb killed 12 people in Mosul.").toll(12, "killed 12 people").at(MOSUL, "Mosul");
        var copy = new Report("copy", "A car bomb killed 21 people in Mosul.").toll(21, "killed 21 people")
                .at(MOSUL, "Mosul");
        copy.copyOf = "a"; // a garbled copy: its number is no independent claim
        var orphan = new Report("orphan", "Car bomb kills 12 in Mosul.").toll(12, "kills 12").at(MOSUL, "Mosul");
        orphan.copyOf = "elsewhere";
        MergedEvent e = merge(a, copy, orphan).get(0);
        assertEquals(3, e.reports().size());
        assertEquals(2, e.independentSources()); // a's site, and the original that orphan copies
        assertTrue(e.contradictions().isEmpty());
    }
}
