package org.orewatch.kb.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.orewatch.kb.KnowledgeGraph;
import org.orewatch.kb.PropertyDefinition;
import org.orewatch.kb.Statement;

/**
 * Finds the chain of relations that links two entities (a mine to the ministry above it, a
 * commodity to the camps whose mines produce it). Relations are walked in both directions; each
 * step keeps the statement, and so its citations.
 *
 * <p>Shortest by a cost rather than by hops: stepping onto a well-connected entity (a country, a
 * province, a ministry with dozens of links) costs more, so the chain prefers specific links
 * ("operated by", "part of") to detours through hubs ("located in North Korea").
 */
public final class PathFinder {

    /** One step: from {@code from} to {@code to} along {@code statement}; {@code forward} when from is its subject. */
    public record Step(String from, String to, Statement statement, boolean forward) {
    }

    private record Edge(String to, Statement statement, boolean forward) {
    }

    private final KnowledgeGraph graph;
    private final Map<String, List<Edge>> adjacency = new HashMap<>();

    public PathFinder(KnowledgeGraph graph) {
        this.graph = graph;
        graph.entities().forEach(entity -> entity.statements().forEach(statement -> statement.object().ifPresent(object -> {
            boolean walkable = graph.schema().property(statement.property()).map(PropertyDefinition::walkable).orElse(false);
            if (walkable && !object.equals(entity.id()) && graph.entity(object).isPresent()) {
                adjacency.computeIfAbsent(entity.id(), k -> new ArrayList<>()).add(new Edge(object, statement, true));
                adjacency.computeIfAbsent(object, k -> new ArrayList<>()).add(new Edge(entity.id(), statement, false));
            }
        })));
    }

    /** The cheapest chain from {@code from} to {@code to}, at most {@code maxSteps} long; empty when none. */
    public Optional<List<Step>> find(String from, String to, int maxSteps) {
        if (from.equals(to)) {
            return Optional.of(List.of());
        }
        Map<String, Double> cost = new HashMap<>();
        Map<String, Step> reachedBy = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        record Visit(String node, double cost) {
        }
        PriorityQueue<Visit> queue = new PriorityQueue<>((a, b) -> {
            int byCost = Double.compare(a.cost(), b.cost());
            return byCost != 0 ? byCost : a.node().compareTo(b.node());
        });
        cost.put(from, 0.0);
        depth.put(from, 0);
        queue.add(new Visit(from, 0.0));
        while (!queue.isEmpty()) {
            Visit visit = queue.poll();
            if (visit.cost() > cost.get(visit.node())) {
                continue;
            }
            if (visit.node().equals(to)) {
                break;
            }
            if (depth.get(visit.node()) >= maxSteps) {
                continue;
            }
            for (Edge edge : adjacency.getOrDefault(visit.node(), List.of())) {
                double next = visit.cost() + stepCost(edge.to(), to);
                if (next < cost.getOrDefault(edge.to(), Double.MAX_VALUE)) {
                    cost.put(edge.to(), next);
                    depth.put(edge.to(), depth.get(visit.node()) + 1);
                    reachedBy.put(edge.to(), new Step(visit.node(), edge.to(), edge.statement(), edge.forward()));
                    queue.add(new Visit(edge.to(), next));
                }
            }
        }
        if (!reachedBy.containsKey(to)) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (String node = to; !node.equals(from); node = reachedBy.get(node).from()) {
            steps.add(reachedBy.get(node));
        }
        Collections.reverse(steps);
        return Optional.of(steps);
    }

    /** One hop, plus a penalty growing with the degree of the entity stepped onto (unless it is the goal). */
    private double stepCost(String node, String goal) {
        if (node.equals(goal)) {
            return 1.0;
        }
        int degree = adjacency.getOrDefault(node, List.of()).size();
        return 1.0 + Math.log(Math.max(1, degree)) / Math.log(2) * 0.5;
    }

    public KnowledgeGraph graph() {
        return graph;
    }
}
