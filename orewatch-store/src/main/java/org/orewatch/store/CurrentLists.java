package org.orewatch.store;

import java.util.ArrayList;
import java.util.List;
import org.orewatch.lists.ListVersion;
import org.orewatch.screening.ScreenedList;

/** The current version of every stored list, with its entries, ready to screen against. */
public final class CurrentLists {

    private CurrentLists() {
    }

    public static List<ScreenedList> load(ListStore store) {
        List<ScreenedList> lists = new ArrayList<>();
        for (ListVersion version : store.currentVersions()) {
            lists.add(ScreenedList.of(version, store.entries(version.id())));
        }
        return lists;
    }
}
