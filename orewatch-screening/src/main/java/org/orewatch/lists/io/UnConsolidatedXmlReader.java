package org.orewatch.lists.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.orewatch.core.ErrorCode;
import org.orewatch.core.OrewatchException;
import org.orewatch.core.SourcePosition;
import org.orewatch.kb.PartialDate;
import org.orewatch.lists.BirthDate;
import org.orewatch.lists.Countries;
import org.orewatch.lists.EntryCountry;
import org.orewatch.lists.EntryName;
import org.orewatch.lists.Identifier;
import org.orewatch.lists.IdentifierScheme;
import org.orewatch.lists.ListEntry;
import org.orewatch.lists.ListFormat;
import org.orewatch.lists.ListSnapshot;
import org.orewatch.lists.NameKind;
import org.orewatch.lists.SourceFile;

/**
 * Reads the UN Security Council consolidated list in its official XML format
 * ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and {@code ENTITIES}).
 *
 * <p>The parser is StAX with DTDs and external entities off, and a document that declares a
 * DOCTYPE is refused outright: the official list has none, and refusing is the only sure way to
 * keep entity-expansion and external-entity tricks out. Every problem is reported with the file,
 * the line and the element; a file that ends before {@code </CONSOLIDATED_LIST>} is truncated and
 * refused.
 */
public final class UnConsolidatedXmlReader {

    /** "IMO Number: 5342883", "International Maritime Organization (IMO) Number: 1790183", "IMO number: 5571322". */
    private static final Pattern IMO_IN_TEXT = Pattern.compile("\\bIMO\\)?\\s*(?:[Nn]umber|[Nn]o\\.?)?\\s*:?\\s*(\\d{7})\\b");

    private static final Pattern XS_DATE_ZONE = Pattern.compile("(?<=^\\d{4}(-\\d{2}){0,2})(Z|[+-]\\d{2}:\\d{2})$");

    private final Path path;
    private final String file;

    private UnConsolidatedXmlReader(Path path) {
        this.path = path;
        this.file = path.toString();
    }

    public static ListSnapshot read(Path path) {
        return new UnConsolidatedXmlReader(path).read();
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private ListSnapshot read() {
        List<ListEntry> entries = new ArrayList<>();
        LocalDate published = null;
        SourceFile source;
        try (HashingInput input = HashingInput.open(path)) {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(input.stream(), "UTF-8");
            boolean rootSeen = false;
            boolean rootClosed = false;
            Set<String> keys = new HashSet<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw error(xml.getLocation().getLineNumber(), "DOCTYPE",
                            "a DOCTYPE declaration is not allowed in a UN list file (DTDs and external entities are refused)");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw error(xml.getLocation().getLineNumber(), xml.getLocalName(), "undeclared entity reference");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    int line = xml.getLocation().getLineNumber();
                    if (!rootSeen) {
                        if (!name.equals("CONSOLIDATED_LIST")) {
                            throw error(line, name, "not a UN consolidated list: the root element is " + name
                                    + ", expected CONSOLIDATED_LIST");
                        }
                        rootSeen = true;
                        published = publicationDate(xml.getAttributeValue(null, "dateGenerated"), line);
                    } else if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                        ListEntry entry = entry(element(xml, name, line));
                        if (!keys.add(entry.key())) {
                            throw new OrewatchException(ErrorCode.DUPLICATE_ID, position(line, "REFERENCE_NUMBER"),
                                    "reference number " + entry.key() + " appears twice");
                        }
                        entries.add(entry);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("CONSOLIDATED_LIST")) {
                    rootClosed = true;
                }
            }
            if (!rootClosed) {
                throw error(xml.getLocation().getLineNumber(), "CONSOLIDATED_LIST",
                        "the file ends before </CONSOLIDATED_LIST>: it is truncated");
            }
            source = input.finish();
        } catch (XMLStreamException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNumber();
            throw new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, position(line, ""),
                    "malformed XML: " + cleanMessage(malformed), malformed);
        } catch (IOException failure) {
            throw new OrewatchException(ErrorCode.IO_ERROR, SourcePosition.file(file), "cannot read: " + failure.getMessage(),
                    failure);
        }
        if (entries.isEmpty()) {
            throw error(0, "INDIVIDUALS", "the list has no individuals and no entities");
        }
        return new ListSnapshot(ListFormat.UN_XML.defaultListName(), ListFormat.UN_XML, published, List.of(source), entries);
    }

    /** The StAX message without its "ParseError at [row,col]" preamble, which the position already gives. */
    private static String cleanMessage(XMLStreamException failure) {
        String message = String.valueOf(failure.getMessage());
        int cut = message.indexOf("Message: ");
        return cut >= 0 ? message.substring(cut + "Message: ".length()).trim() : message.trim();
    }

    private LocalDate publicationDate(String generated, int line) {
        if (generated == null || generated.isBlank()) {
            return null;
        }
        String day = generated.trim().length() >= 10 ? generated.trim().substring(0, 10) : generated.trim();
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException invalid) {
            throw new OrewatchException(ErrorCode.INVALID_VALUE, position(line, "dateGenerated"),
                    "not a date: '" + generated + "'");
        }
    }

    /** Reads the element the reader is positioned on, with all its descendants. */
    private static XmlElement element(XMLStreamReader xml, String name, int line) throws XMLStreamException {
        XmlElement root = new XmlElement(name, line);
        List<XmlElement> open = new ArrayList<>();
        open.add(root);
        while (!open.isEmpty()) {
            int event = xml.next();
            XmlElement current = open.get(open.size() - 1);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement child = new XmlElement(xml.getLocalName(), xml.getLocation().getLineNumber());
                    current.children.add(child);
                    open.add(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        current.text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException(
                        "the file ends inside <" + current.name + ">: it is truncated", xml.getLocation());
                default -> {
                    // Comments and processing instructions carry nothing.
                }
            }
        }
        return root;
    }

    private ListEntry entry(XmlElement element) {
        boolean individual = element.name.equals("INDIVIDUAL");
        String prefix = individual ? "INDIVIDUAL_" : "ENTITY_";
        List<String> nameParts = new ArrayList<>();
        for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String text = element.childText(part);
            if (!text.isEmpty()) {
                nameParts.add(text);
            }
        }
        if (nameParts.isEmpty()) {
            throw error(element.line, "FIRST_NAME", "the " + element.name + " has no name");
        }
        String name = String.join(" ", nameParts).replaceAll("\\s+", " ");
        String reference = element.childText("REFERENCE_NUMBER");
        String dataId = element.childText("DATAID");
        if (reference.isEmpty() && dataId.isEmpty()) {
            throw error(element.line, "REFERENCE_NUMBER", "the " + element.name + " '" + name
                    + "' has neither a reference number nor a DATAID");
        }
        String key = reference.isEmpty() ? "dataid:" + dataId : reference;

        LinkedHashSet<EntryName> names = new LinkedHashSet<>();
        names.add(new EntryName(name, NameKind.PRIMARY));
        List<BirthDate> birthDates = new ArrayList<>();
        for (XmlElement alias : element.all(prefix + "ALIAS")) {
            String text = unquote(alias.childText("ALIAS_NAME"));
            if (!text.isEmpty()) {
                names.add(new EntryName(text, aliasKind(alias.childText("QUALITY"))));
            }
            String aliasBirth = alias.childText("DATE_OF_BIRTH");
            if (!aliasBirth.isEmpty()) {
                birthDates.add(BirthDate.exact(date(aliasBirth, alias.child("DATE_OF_BIRTH").orElseThrow())));
            }
        }
        for (XmlElement original : element.all("NAME_ORIGINAL_SCRIPT")) {
            if (!original.text().isEmpty()) {
                names.add(new EntryName(original.text(), NameKind.ORIGINAL_SCRIPT));
            }
        }

        for (XmlElement birth : element.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            birthDate(birth).ifPresent(birthDates::add);
        }

        List<EntryCountry> countries = new ArrayList<>();
        element.child("NATIONALITY").ifPresent(nationality -> nationality.values()
                .forEach(value -> countries.add(country(value, EntryCountry.NATIONALITY))));
        List<String> addresses = new ArrayList<>();
        for (XmlElement address : element.all(prefix + "ADDRESS")) {
            String line = joinParts(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY");
            String note = address.childText("NOTE");
            if (!line.isEmpty()) {
                addresses.add(note.isEmpty() ? line : line + " (" + note + ")");
            }
            String country = address.childText("COUNTRY");
            if (!country.isEmpty()) {
                countries.add(country(country, EntryCountry.RESIDENCE));
            }
        }
        List<String> birthPlaces = new ArrayList<>();
        for (XmlElement place : element.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            String line = joinParts(place, "CITY", "STATE_PROVINCE", "COUNTRY");
            if (!line.isEmpty()) {
                birthPlaces.add(line);
            }
            String country = place.childText("COUNTRY");
            if (!country.isEmpty()) {
                countries.add(country(country, EntryCountry.BIRTH));
            }
        }

        List<Identifier> identifiers = new ArrayList<>();
        if (!reference.isEmpty()) {
            identifiers.add(Identifier.of(IdentifierScheme.UN_REFERENCE, reference));
        }
        for (XmlElement document : element.all("INDIVIDUAL_DOCUMENT")) {
            String number = document.childText("NUMBER");
            if (number.isEmpty()) {
                continue;
            }
            String type = (document.childText("TYPE_OF_DOCUMENT") + " " + document.childText("TYPE_OF_DOCUMENT2")).trim();
            String issuer = document.childText("ISSUING_COUNTRY");
            if (issuer.isEmpty()) {
                issuer = document.childText("COUNTRY_OF_ISSUE");
            }
            String note = String.join("; ", List.of(type, document.childText("NOTE")).stream().filter(s -> !s.isEmpty()).toList());
            identifiers.add(new Identifier(documentScheme(type), number,
                    issuer.isEmpty() ? null : Countries.code(issuer).orElse(issuer), note.isEmpty() ? null : note));
        }
        String comments = element.childText("COMMENTS1");
        Matcher imo = IMO_IN_TEXT.matcher(comments);
        Set<String> imoNumbers = new LinkedHashSet<>();
        while (imo.find()) {
            imoNumbers.add(imo.group(1));
        }
        imoNumbers.forEach(number -> identifiers.add(Identifier.of(IdentifierScheme.IMO, number)));

        List<String> remarks = new ArrayList<>();
        element.child("TITLE").ifPresent(title -> title.values().forEach(value -> remarks.add("Title: " + value)));
        element.child("DESIGNATION").ifPresent(designation -> designation.values()
                .forEach(value -> remarks.add("Designation: " + value)));
        if (!comments.isEmpty()) {
            remarks.add(comments.replaceAll("\\s+", " "));
        }

        String listType = element.childText("UN_LIST_TYPE");
        String listedOnText = element.childText("LISTED_ON");
        LocalDate listedOn = null;
        if (!listedOnText.isEmpty()) {
            listedOn = localDate(listedOnText, element.child("LISTED_ON").orElseThrow());
        }
        return new ListEntry(key, individual ? "Person" : "LegalEntity", name, List.copyOf(names), birthDates,
                birthPlaces, countries, identifiers, addresses, listType.isEmpty() ? List.of() : List.of(listType), listedOn,
                remarks.isEmpty() ? null : String.join(" ", remarks));
    }

    private static NameKind aliasKind(String quality) {
        return switch (quality.toLowerCase(Locale.ROOT)) {
            case "low" -> NameKind.WEAK_ALIAS;
            case "f.k.a." -> NameKind.FORMER;
            default -> NameKind.ALIAS;
        };
    }

    private static String documentScheme(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.contains("passport")) {
            return IdentifierScheme.PASSPORT;
        }
        if (lower.contains("national identification") || lower.contains("national identity") || lower.contains("national id")) {
            return IdentifierScheme.NATIONAL_ID;
        }
        return IdentifierScheme.OTHER;
    }

    private java.util.Optional<BirthDate> birthDate(XmlElement birth) {
        String type = birth.childText("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
        String exact = birth.childText("DATE");
        String year = birth.childText("YEAR");
        String fromYear = birth.childText("FROM_YEAR");
        String toYear = birth.childText("TO_YEAR");
        if (exact.isEmpty() && year.isEmpty() && fromYear.isEmpty() && toYear.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (!fromYear.isEmpty() || !toYear.isEmpty() || type.equals("BETWEEN")) {
            if (fromYear.isEmpty() || toYear.isEmpty()) {
                throw error(birth.line, "FROM_YEAR", "a BETWEEN date of birth needs both FROM_YEAR and TO_YEAR");
            }
            PartialDate from = date(fromYear, birth.child("FROM_YEAR").orElseThrow());
            PartialDate to = date(toYear, birth.child("TO_YEAR").orElseThrow());
            if (to.compareTo(from) < 0) {
                throw invalid(birth.line, "TO_YEAR", "TO_YEAR " + toYear + " is before FROM_YEAR " + fromYear);
            }
            return java.util.Optional.of(new BirthDate(from, to, false));
        }
        XmlElement field = birth.child(exact.isEmpty() ? "YEAR" : "DATE").orElseThrow();
        PartialDate date = date(exact.isEmpty() ? year : exact, field);
        return java.util.Optional.of(type.equals("APPROXIMATELY") ? BirthDate.circa(date) : BirthDate.exact(date));
    }

    /** An xs:date may carry a time zone ("2015-04-07-04:00", "2015-04-07Z"); the day is what counts. */
    private static String withoutZone(String text) {
        return XS_DATE_ZONE.matcher(text).replaceFirst("");
    }

    private PartialDate date(String text, XmlElement field) {
        return PartialDate.parse(withoutZone(text)).orElseThrow(() -> invalid(field.line, field.name,
                "not a date: '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
    }

    private LocalDate localDate(String text, XmlElement field) {
        try {
            return LocalDate.parse(withoutZone(text));
        } catch (DateTimeParseException notADate) {
            throw invalid(field.line, field.name, "not a date: '" + text + "' (expected YYYY-MM-DD)");
        }
    }

    private static EntryCountry country(String text, String role) {
        return new EntryCountry(Countries.code(text).orElse(null), text, role);
    }

    private static String joinParts(XmlElement element, String... parts) {
        List<String> texts = new ArrayList<>();
        for (String part : parts) {
            String text = element.childText(part);
            if (!text.isEmpty()) {
                texts.add(text.replaceAll("\\s+", " "));
            }
        }
        return String.join(", ", texts);
    }

    /** The UN writes some aliases in quotes: "KOMID". */
    private static String unquote(String text) {
        String trimmed = text.trim().replaceAll("\\s+", " ");
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1).trim();
        }
        return trimmed;
    }

    private SourcePosition position(int line, String field) {
        return SourcePosition.of(file, line, field);
    }

    private OrewatchException error(int line, String field, String message) {
        return new OrewatchException(ErrorCode.INVALID_FILE_FORMAT, position(line, field), message);
    }

    private OrewatchException invalid(int line, String field, String message) {
        return new OrewatchException(ErrorCode.INVALID_VALUE, position(line, field), message);
    }
}
