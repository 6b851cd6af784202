package org.orewatch.cli.screen;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.lists.Identifier;
import org.orewatch.names.NameType;
import org.orewatch.screening.Adjustment;
import org.orewatch.screening.Candidate;
import org.orewatch.screening.JsonViews;
import org.orewatch.screening.KbEvidence;
import org.orewatch.screening.Screener;
import org.orewatch.screening.ScreeningQuery;
import org.orewatch.screening.ScreeningResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "name", description = {"Screen one name: the verdict, then each candidate with its list version, score,",
        "explanation and, for the knowledge graph, its forced-labour evidence."})
final class NameCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The name to screen (may be omitted with --imo or --id).")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, organization, vessel, place or other (default: any).")
    String type;

    @Option(names = "--country", paramLabel = "COUNTRY", description = "Country as an ISO code or a name.")
    String country;

    @Option(names = "--birth-date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String birthDate;

    @Option(names = "--imo", paramLabel = "NUMBER", description = "IMO number: decides when a listed vessel or company has one.")
    String imo;

    @Option(names = "--id", paramLabel = "SCHEME:VALUE",
            description = "Another identifier, e.g. un_reference:KPi.001 or passport:745120331 (repeatable).")
    List<String> identifiers = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Candidates shown at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Mixin
    ScreeningOptions screening;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Identifier> ids = new ArrayList<>();
        if (imo != null) {
            ids.add(ScreeningQuery.identifier("imo", imo));
        }
        for (String identifier : identifiers) {
            int colon = identifier.indexOf(':');
            if (colon <= 0) {
                throw new org.orewatch.core.OrewatchException(org.orewatch.core.ErrorCode.INVALID_ARGUMENT,
                        "--id takes SCHEME:VALUE, e.g. un_reference:KPi.001, not '" + identifier + "'");
            }
            ids.add(ScreeningQuery.identifier(identifier.substring(0, colon), identifier.substring(colon + 1)));
        }
        ScreeningQuery query = new ScreeningQuery(name, type == null ? null : NameType.parse(type), country,
                ScreeningQuery.birthDate(birthDate, "--birth-date"), ids);
        Screener screener = screening.screener();
        ScreeningResult result = screener.screen(query, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> view = JsonViews.result(result);
            JsonOutput.print(out, view);
            return 0;
        }
        out.printf("%s: %s (score %.3f; match from %.2f, review from %.2f)%n", query.name().isEmpty() ? "(identifiers)" : query.name(),
                result.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '), result.score(),
                screener.policy().matchThreshold(), screener.policy().possibleThreshold());
        for (Candidate candidate : result.candidates()) {
            out.println();
            out.printf("%.3f  %-8s  %s  [%s v%d, entry %s]%n", candidate.score(),
                    candidate.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '), candidate.entry().name(),
                    candidate.version().listName(), candidate.version().id(), candidate.entry().key());
            if (!candidate.matchedName().equals(candidate.entry().name())) {
                out.printf("       matched %s '%s'%n", candidate.matchedKind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        candidate.matchedName());
            }
            for (Adjustment adjustment : candidate.adjustments()) {
                out.printf("       %s%s%n", adjustment.reason(),
                        adjustment.delta() == 0 ? "" : String.format(Locale.ROOT, " (%+.2f)", adjustment.delta()));
            }
            if (!candidate.entry().programs().isEmpty()) {
                out.printf("       programmes: %s%s%n", String.join(", ", candidate.entry().programs()),
                        candidate.entry().listedOn() == null ? "" : "; listed " + candidate.entry().listedOn());
            }
            KbEvidence evidence = candidate.evidence();
            if (evidence != null) {
                out.printf("       knowledge graph: %s%s%n", evidence.type(), evidence.forcedLabour() ? ", forced-labour evidence" : "");
                evidence.flags().forEach(flag -> out.printf("         - %s%n", flag));
                if (!evidence.iloIndicators().isEmpty()) {
                    out.printf("         ILO indicators: %s%n", String.join("; ", evidence.iloIndicators()));
                }
                for (KbEvidence.Item item : evidence.items().stream().limit(5).toList()) {
                    out.printf("         * %s%n", item.text());
                    item.citations().forEach(citation -> out.printf("             [%s]%n", citation));
                }
                if (evidence.totalItems() > 5) {
                    out.printf("         ... %d more (orewatch kb show %s)%n", evidence.totalItems() - 5, evidence.entityId());
                }
            }
        }
        out.flush();
        return 0;
    }
}
