package org.orewatch.lists.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small element tree for one list entry, read with StAX, with the line each element starts on. */
final class XmlElement {

    final String name;
    final int line;
    final List<XmlElement> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The trimmed text, or empty when there is none. */
    String text() {
        return text.toString().trim();
    }

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    List<XmlElement> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The trimmed text of the first child with this name, or empty. */
    String childText(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }

    /** The texts of this element's {@code VALUE} children, non-empty ones only. */
    List<String> values() {
        return all("VALUE").stream().map(XmlElement::text).filter(value -> !value.isEmpty()).toList();
    }
}
