package org.orewatch.screening;

import java.util.List;

/**
 * What orewatch's knowledge graph holds about an entity that bears on forced labour, for a
 * screening hit on it: whether it is or belongs to a penal facility, its findings and conditions,
 * the testimony given about it, and the ILO forced-labour indicators that testimony supports,
 * every item with its citations.
 *
 * @param flags short statements of why the entity matters ("political prison camp (kwan-li-so)",
 *     "site of 3 testimonies of forced labour")
 * @param totalItems how many evidence items exist; {@code items} holds the first of them
 */
public record KbEvidence(String entityId, String type, String description, boolean forcedLabour, List<String> flags,
        List<String> iloIndicators, List<Item> items, int totalItems) {

    /** One statement of evidence and the citations that support it. */
    public record Item(String text, List<String> citations) {
    }

    public KbEvidence {
        flags = List.copyOf(flags);
        iloIndicators = List.copyOf(iloIndicators);
        items = List.copyOf(items);
    }
}
