package org.orewatch.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.ListEntry;
import org.orewatch.names.NameIndex;
import org.orewatch.names.NameMatcher;
import org.orewatch.names.NameType;
import org.orewatch.names.PreparedName;

/**
 * Every name of every entry of the lists being screened against, in one {@link NameIndex}, and
 * every identifier in a hash map. Built once per set of current list versions and then only read:
 * safe to share between threads.
 *
 * <p>The index holds names, not entries: each name gets its own id, so that screening can weigh
 * a weak alias below a primary name of the same entry before choosing the entry's best.
 */
public final class WatchlistIndex {

    /** One indexed name: the list, the entry within it, the name within the entry. */
    record Posting(int list, int entry, int name, NameType type, PreparedName prepared) {
    }

    private final NameMatcher matcher;
    private final List<ScreenedList> lists;
    private final NameIndex names;
    private final Posting[] postings;
    private final Map<String, List<int[]>> identifiers;
    private final int entryCount;

    private WatchlistIndex(NameMatcher matcher, List<ScreenedList> lists, NameIndex names, Posting[] postings,
            Map<String, List<int[]>> identifiers, int entryCount) {
        this.matcher = matcher;
        this.lists = lists;
        this.names = names;
        this.postings = postings;
        this.identifiers = identifiers;
        this.entryCount = entryCount;
    }

    /**
     * Indexes the lists. {@code minimumNameScore} is the lowest name score a search must return:
     * low enough that no candidate the policy could report is missed.
     */
    public static WatchlistIndex build(NameMatcher matcher, List<ScreenedList> lists, double minimumNameScore) {
        List<ScreenedList> copy = List.copyOf(lists);
        List<int[]> coordinates = new ArrayList<>();
        Map<String, List<int[]>> identifiers = new HashMap<>();
        int entries = 0;
        for (int l = 0; l < copy.size(); l++) {
            List<ListEntry> listEntries = copy.get(l).entries();
            entries += listEntries.size();
            for (int e = 0; e < listEntries.size(); e++) {
                ListEntry entry = listEntries.get(e);
                for (int n = 0; n < entry.names().size(); n++) {
                    coordinates.add(new int[] {l, e, n});
                }
                for (Identifier identifier : entry.identifiers()) {
                    identifiers.computeIfAbsent(identifierKey(identifier), k -> new ArrayList<>()).add(new int[] {l, e});
                }
            }
        }
        // Preparing a name is the costly part and independent per name: do it on every core.
        Posting[] postings = IntStream.range(0, coordinates.size()).parallel().mapToObj(i -> {
            int[] at = coordinates.get(i);
            ListEntry entry = copy.get(at[0]).entries().get(at[1]);
            EntryName name = entry.names().get(at[2]);
            NameType type = NameType.fromFtmSchema(entry.schema());
            return new Posting(at[0], at[1], at[2], type, matcher.prepare(name.text(), type));
        }).toArray(Posting[]::new);
        NameIndex index = new NameIndex(matcher, minimumNameScore);
        index.addAll(IntStream.range(0, postings.length).toArray(),
                Arrays.stream(postings).map(Posting::prepared).toArray(PreparedName[]::new));
        Map<String, List<int[]>> frozen = new HashMap<>();
        identifiers.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
        return new WatchlistIndex(matcher, copy, index, postings, Map.copyOf(frozen), entries);
    }

    static String identifierKey(Identifier identifier) {
        return identifier.scheme() + ":" + identifier.normalized();
    }

    NameMatcher matcher() {
        return matcher;
    }

    NameIndex names() {
        return names;
    }

    Posting posting(int id) {
        return postings[id];
    }

    /** The (list, entry) coordinates of entries carrying this identifier. */
    List<int[]> entriesWith(Identifier identifier) {
        return identifiers.getOrDefault(identifierKey(identifier), List.of());
    }

    public List<ScreenedList> lists() {
        return lists;
    }

    /** The lowest name score a search returns: candidates below it cannot be reported under any policy this index serves. */
    public double minimumNameScore() {
        return names.minScore();
    }

    public int nameCount() {
        return postings.length;
    }

    public int entryCount() {
        return entryCount;
    }
}
