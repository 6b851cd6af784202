package org.orewatch.cli.kb;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.orewatch.cli.JsonOutput;
import org.orewatch.kb.Entity;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.query.CitationView;
import org.orewatch.kb.query.EntityDossier;
import org.orewatch.kb.query.EntityResolver;
import org.orewatch.kb.query.StatementView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show everything known about one entity, with citations.",
        description = {"Show everything known about one entity: names, every statement with its time,",
        "qualifiers and citations, relations in and out, figures elsewhere that name it, conflicts, and for a",
        "table or source the figures taken from it. Examples:",
        "  orewatch kb show Aoji",
        "  orewatch kb show kwanliso/15",
        "  orewatch kb show \"Table 4\""})
final class ShowCommand implements Callable<Integer> {

    @Mixin
    KbOptions kb;

    @Parameters(arity = "1..*", paramLabel = "ID-OR-NAME", description = "An id (mine/musan) or any name or variant.")
    List<String> query;

    @Option(names = "--json", description = "Print the entity as JSON (id, name, type, names, statements, relations, ...).")
    boolean json;

    @Option(names = "--all", description = "List every figure taken from a source or table (default: the first 40).")
    boolean all;

    @Spec
    CommandSpec spec;

    private static final int LIST_LIMIT = 40;

    @Override
    public Integer call() {
        KnowledgeGraph graph = kb.graph();
        EntityResolver.Resolution resolution = EntityResolver.of(graph).resolveWithAlternatives(String.join(" ", query));
        Entity entity = resolution.entity();
        if (!resolution.alternatives().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("showing %s, the best match for '%s'; also matching:%n", entity.id(), String.join(" ", query));
            resolution.alternatives().stream().limit(5)
                    .forEach(hit -> err.printf("  %.3f  %s  %s%n", hit.score(), hit.id(), hit.name()));
            err.flush();
        }
        EntityDossier dossier = EntityDossier.of(graph, entity);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, dossier);
            return 0;
        }
        new Printer(out, all).print(dossier);
        out.flush();
        return 0;
    }

    /** Prints a dossier with numbered references, each distinct citation once. */
    private static final class Printer {
        private final PrintWriter out;
        private final boolean all;
        private final Map<String, Integer> references = new LinkedHashMap<>();

        Printer(PrintWriter out, boolean all) {
            this.out = out;
            this.all = all;
        }

        void print(EntityDossier dossier) {
            out.printf("%s  (%s, %s)%n", dossier.name(), dossier.id(), dossier.typeLabel());
            if (dossier.description() != null) {
                out.println(dossier.description());
            }
            if (!dossier.names().isEmpty()) {
                List<String> names = new ArrayList<>();
                dossier.names().forEach(name -> names.add(name.text() + " (" + name.kind() + ")"));
                section("Names");
                out.println("  " + String.join(" · ", names));
            }
            if (!dossier.citations().isEmpty()) {
                section("Named in");
                out.println("  " + refs(dossier.citations()));
            }
            statements("Facts", dossier.statements(), false);
            statements("Relations", dossier.relations().out(), false);
            statements("Relations in", dossier.relations().in(), false);
            statements("Figures that name it", dossier.mentionedIn(), true);
            if (!dossier.conflicts().isEmpty()) {
                section("Conflicts (sources disagree; both kept)");
                for (EntityDossier.ConflictView conflict : dossier.conflicts()) {
                    out.printf("  ! %s%s%n", conflict.description(), conflict.declared() ? "  [" + conflict.id() + "]" : "  [detected]");
                    for (StatementView side : conflict.sides()) {
                        out.printf("      %s: %s %s%n", side.subjectName(), side.display(), refs(side.citations()));
                    }
                }
            }
            if (!dossier.figures().isEmpty()) {
                statements("Figures from this " + (dossier.type().equals("source-part") ? "table or graph" : "source"),
                        dossier.figures(), true);
            } else if (dossier.citedByCount() > 0) {
                section("Cited by");
                out.printf("  %,d statements cite this source%n", dossier.citedByCount());
            }
            if (!references.isEmpty()) {
                section("Sources");
                references.forEach((text, number) -> out.printf("  [%d] %s%n", number, text));
            }
        }

        private void section(String title) {
            out.println();
            out.println(title);
        }

        private void statements(String title, List<StatementView> statements, boolean withSubject) {
            if (statements.isEmpty()) {
                return;
            }
            section(title);
            int shown = 0;
            for (StatementView statement : statements) {
                if (!all && shown++ >= LIST_LIMIT) {
                    out.printf("  ... and %d more (--all shows them)%n", statements.size() - LIST_LIMIT);
                    break;
                }
                String subject = withSubject ? statement.subjectName() + " — " : "";
                String conflict = statement.conflict() == null ? "" : "  (conflict: " + statement.conflict() + ")";
                String note = statement.note() == null ? "" : "  note: " + statement.note();
                out.printf("  %s%s %s%s%s%n", subject, statement.display(), refs(statement.citations()), conflict, note);
            }
        }

        private String refs(List<CitationView> citations) {
            if (citations.isEmpty()) {
                return "";
            }
            List<String> numbers = new ArrayList<>();
            for (CitationView citation : citations) {
                int number = references.computeIfAbsent(citation.text(), text -> references.size() + 1);
                numbers.add(Integer.toString(number));
            }
            return "[" + String.join(",", numbers) + "]";
        }
    }
}
