package org.orewatch.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.orewatch.lists.ListVersion;
import org.orewatch.screening.JsonViews;

/**
 * What an import did: the version now current, the one it replaced (null for a list's first
 * import), and whether nothing was stored because the files were those of the current version.
 */
public record ImportResult(ListVersion version, ListVersion previous, boolean unchanged, int added, int removed,
        int changed) {

    /** The result as the command line's --json and the API print it. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unchanged", unchanged);
        json.put("version", JsonViews.version(version));
        json.put("previous_version", previous == null ? null : previous.id());
        json.put("added", added);
        json.put("removed", removed);
        json.put("changed", changed);
        return json;
    }
}
