package org.orewatch.lists.io;

import java.nio.file.Path;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;

/** Reads a list file (or, for OFAC, a folder or sdn.csv with its siblings) in a named format. */
public final class ListReaders {

    private ListReaders() {
    }

    public static ListSnapshot read(ListFormat format, Path path) {
        return switch (format) {
            case UN_XML -> UnConsolidatedXmlReader.read(path);
            case OFAC_CSV -> OfacLegacyCsvReader.read(path);
            case FTM -> FtmJsonLinesReader.read(path);
            case KB -> throw new IllegalArgumentException("the knowledge graph is screened as it is, not imported from a file");
        };
    }
}
