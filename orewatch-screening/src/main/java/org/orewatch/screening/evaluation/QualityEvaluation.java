package org.orewatch.screening.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.ListEntry;
import org.orewatch.names.NameType;
import org.orewatch.screening.Candidate;
import org.orewatch.screening.ScreenedList;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningQuery;
import org.orewatch.screening.ScreeningResult;
import org.orewatch.screening.Verdict;

/**
 * Measures screening quality the way an auditor would: every listed person of a list, with typos
 * injected, must be found (a match on that very entry); made-up people who are on no list must
 * not be called a match. Seeded, so a run can be repeated exactly.
 *
 * <p>A made-up name that is written exactly like a listed name (after case, accents and
 * punctuation) is a true homonym that no name screening can tell apart: such names are counted
 * apart and reported, not hidden.
 */
public final class QualityEvaluation {

    /** How a run was set up. {@code type} null screens without a type. */
    public record Settings(int typos, int negatives, long seed, NameType type, int examples) {
    }

    /** A listed person not found, or a made-up one called a match, with what screening said. */
    public record Example(String query, String expected, String got, double score, String explanation) {
    }

    /**
     * The outcome: positives found (their entry a match), found as the best candidate, negatives
     * called a match, homonyms set apart, and examples of each kind of error.
     */
    public record Report(Settings settings, String listName, int positives, int found, int foundFirst, int negatives,
            int falseMatches, int homonyms, int homonymMatches, double seconds, List<Example> misses, List<Example> falsePositives) {

        public double recall() {
            return positives == 0 ? 0 : (double) found / positives;
        }

        public double falseMatchRate() {
            return negatives == 0 ? 0 : (double) falseMatches / negatives;
        }
    }

    private QualityEvaluation() {
    }

    /**
     * Screens the persons of {@code listed} (with typos) and {@code settings.negatives()} made-up
     * people through {@code screener}, which must index {@code listed} among its lists.
     */
    public static Report run(Screener screener, ScreenedList listed, Settings settings) {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<ListEntry> persons = listed.entries().stream().filter(ListEntry::isPerson).toList();
        List<String> positiveQueries = new ArrayList<>();
        for (ListEntry person : persons) {
            positiveQueries.add(TypoInjector.inject(person.name(), settings.typos(), random));
        }
        Set<String> listedForms = new HashSet<>();
        for (ScreenedList list : screener.index().lists()) {
            for (ListEntry entry : list.entries()) {
                for (EntryName name : entry.names()) {
                    listedForms.add(folded(name.text()));
                }
            }
        }
        SyntheticPeople people = SyntheticPeople.load();
        List<String> negativeQueries = new ArrayList<>();
        for (int i = 0; i < settings.negatives(); i++) {
            negativeQueries.add(people.next(random));
        }

        ConcurrentLinkedQueue<Example> misses = new ConcurrentLinkedQueue<>();
        AtomicInteger found = new AtomicInteger();
        AtomicInteger foundFirst = new AtomicInteger();
        IntStream.range(0, persons.size()).parallel().forEach(i -> {
            ListEntry person = persons.get(i);
            ScreeningResult result = screener.screen(new ScreeningQuery(positiveQueries.get(i), settings.type(), null, null, List.of()), 10);
            boolean hit = result.candidates().stream().anyMatch(candidate -> candidate.verdict() == Verdict.MATCH
                    && candidate.version().listName().equals(listed.version().listName()) && candidate.entry().key().equals(person.key()));
            if (hit) {
                found.incrementAndGet();
                Candidate best = result.best().orElseThrow();
                if (best.entry().key().equals(person.key())) {
                    foundFirst.incrementAndGet();
                }
            } else {
                Candidate own = result.candidates().stream().filter(candidate -> candidate.entry().key().equals(person.key()))
                        .findFirst().orElse(null);
                misses.add(new Example(positiveQueries.get(i), person.name() + " [" + person.key() + "]",
                        own == null ? "not among the candidates" : own.verdict().name().toLowerCase(Locale.ROOT),
                        own == null ? result.score() : own.score(), own == null ? "" : own.explanation()));
            }
        });

        ConcurrentLinkedQueue<Example> falsePositives = new ConcurrentLinkedQueue<>();
        AtomicInteger falseMatches = new AtomicInteger();
        AtomicInteger homonyms = new AtomicInteger();
        AtomicInteger homonymMatches = new AtomicInteger();
        IntStream.range(0, negativeQueries.size()).parallel().forEach(i -> {
            String name = negativeQueries.get(i);
            boolean homonym = listedForms.contains(folded(name));
            ScreeningResult result = screener.screen(new ScreeningQuery(name, settings.type(), null, null, List.of()), 1);
            if (homonym) {
                homonyms.incrementAndGet();
                if (result.match()) {
                    homonymMatches.incrementAndGet();
                }
                return;
            }
            if (result.match()) {
                falseMatches.incrementAndGet();
                Candidate best = result.best().orElseThrow();
                falsePositives.add(new Example(name, "no match", best.entry().name() + " [" + best.version().listName() + " "
                        + best.entry().key() + "]", best.score(), best.explanation()));
            }
        });
        return new Report(settings, listed.version().listName(), persons.size(), found.get(), foundFirst.get(),
                negativeQueries.size() - homonyms.get(), falseMatches.get(), homonyms.get(), homonymMatches.get(),
                (System.nanoTime() - start) / 1e9, sample(misses, settings.examples()), sample(falsePositives, settings.examples()));
    }

    /** Lower case, accents and punctuation removed, spaces collapsed: "KIM, Yong-Chol" is "kim yong chol". */
    static String folded(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(plain.split("[^\\p{L}\\p{N}]+")));
        words.removeIf(String::isEmpty);
        words.sort(null);
        return String.join(" ", words);
    }

    private static List<Example> sample(ConcurrentLinkedQueue<Example> examples, int limit) {
        List<Example> sorted = new ArrayList<>(examples);
        sorted.sort((a, b) -> a.query().compareTo(b.query()));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }
}
