package org.orewatch.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.orewatch.lists.ListCounts;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.ListVersion;
import org.orewatch.lists.io.OfacLegacyCsvReader;
import org.orewatch.lists.io.UnConsolidatedXmlReader;

/** The UN and OFAC fixtures as screened lists, versions 1 and 2. */
final class ScreeningFixtures {

    private ScreeningFixtures() {
    }

    static Path copy(String resource, Path folder, String name) {
        try (InputStream in = ScreeningFixtures.class.getResourceAsStream("/org/orewatch/lists/io/" + resource)) {
            Path target = folder.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static ScreenedList screened(ListSnapshot snapshot, long id) {
        ListCounts counts = ListCounts.of(snapshot.entries());
        ListVersion version = new ListVersion(id, snapshot.listName(), snapshot.format(), snapshot.files(), snapshot.sha256(),
                snapshot.published(), Instant.parse("2026-03-01T10:00:00Z"), counts.entries(), counts.names(), counts.persons(),
                counts.organizations(), counts.vessels(), true);
        return ScreenedList.of(version, snapshot.entries());
    }

    static List<ScreenedList> lists(Path folder) {
        List<ScreenedList> lists = new ArrayList<>();
        lists.add(screened(UnConsolidatedXmlReader.read(copy("un-small.xml", folder, "un.xml")), 1));
        lists.add(screened(OfacLegacyCsvReader.read(copy("sdn-small.csv", folder, "sdn.csv")), 2));
        return lists;
    }
}
