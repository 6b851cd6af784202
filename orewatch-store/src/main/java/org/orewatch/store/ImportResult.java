package org.orewatch.store;

import org.orewatch.lists.ListVersion;

/**
 * What an import did: the version now current, the one it replaced (null for a list's first
 * import), and whether nothing was stored because the files were those of the current version.
 */
public record ImportResult(ListVersion version, ListVersion previous, boolean unchanged, int added, int removed,
        int changed) {
}
