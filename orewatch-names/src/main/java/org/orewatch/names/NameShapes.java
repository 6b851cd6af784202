package org.orewatch.names;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct shapes of the names in an index: type and the weights a score bound needs (total,
 * non-legal, heaviest generic word, content, words). Names share few shapes (a few dozen in a list of a
 * million), so bounds are computed once per shape and a name carries only its shape number. Each
 * shape belongs to one of {@link PostingTable#PARTITIONS} partitions (by type and content weight),
 * whose names a search may skip together when no shape of the partition can reach its minimum
 * score through the keys it has not read. Not thread-safe: {@link NameIndex} guards it.
 */
final class NameShapes {

    private record Shape(NameType type, float total, float nonLegal, float maxGeneric, float content, float words) {
    }

    private static final int FIELDS = 5;
    private final Map<Shape, Integer> numbers = new HashMap<>();
    private NameType[] types = new NameType[16];
    private float[] weights = new float[16 * FIELDS];
    private int[] partition = new int[16];
    private int count;
    private final int[][] shapesOf = new int[PostingTable.PARTITIONS][4];
    private final int[] shapeCount = new int[PostingTable.PARTITIONS];
    /**
     * Per partition, over its shapes: the most content weight, the most weight besides content, the
     * least weight of words and the most weight besides words (what {@link ScoreBound} bounds a
     * partition of many shapes by).
     */
    private final float[] maxContent = new float[PostingTable.PARTITIONS];
    private final float[] maxRest = new float[PostingTable.PARTITIONS];
    private final float[] minWords = new float[PostingTable.PARTITIONS];
    private final float[] maxOthers = new float[PostingTable.PARTITIONS];

    /**
     * The partition of a shape: names without content words (generic words weigh fully there);
     * persons by content weight up to 1.25, 2.25, 3.25 and above; others up to 1.25, 2.25 and above.
     */
    static int partition(NameType type, float content) {
        if (content == 0) {
            return 0;
        }
        if (type == NameType.PERSON) {
            return content <= 1.25f ? 1 : content <= 2.25f ? 2 : content <= 3.25f ? 3 : 4;
        }
        return content <= 1.25f ? 5 : content <= 2.25f ? 6 : 7;
    }

    /** The number of a prepared name's shape, added if new. */
    int of(PreparedName name) {
        float words = 0;
        for (int i = 0; i < name.kind.length; i++) {
            words += name.kind[i] == PreparedName.CONTENT ? name.weight[i] : 0;
        }
        Shape shape = new Shape(name.type, name.totalWeight, name.nonLegalWeight, name.maxGenericWeight,
                name.contentWeight, words);
        Integer known = numbers.get(shape);
        if (known != null) {
            return known;
        }
        if (count == types.length) {
            types = Arrays.copyOf(types, count * 2);
            weights = Arrays.copyOf(weights, count * 2 * FIELDS);
            partition = Arrays.copyOf(partition, count * 2);
        }
        int number = count++;
        types[number] = shape.type();
        weights[FIELDS * number] = shape.total();
        weights[FIELDS * number + 1] = shape.nonLegal();
        weights[FIELDS * number + 2] = shape.maxGeneric();
        weights[FIELDS * number + 3] = shape.content();
        weights[FIELDS * number + 4] = shape.words();
        int p = partition(shape.type(), shape.content());
        partition[number] = p;
        if (shapeCount[p] == shapesOf[p].length) {
            shapesOf[p] = Arrays.copyOf(shapesOf[p], shapeCount[p] * 2);
        }
        if (shapeCount[p] == 0) {
            minWords[p] = shape.words();
        }
        maxContent[p] = Math.max(maxContent[p], shape.content());
        maxRest[p] = Math.max(maxRest[p], shape.total() - shape.content());
        minWords[p] = Math.min(minWords[p], shape.words());
        maxOthers[p] = Math.max(maxOthers[p], shape.total() - shape.words());
        shapesOf[p][shapeCount[p]++] = number;
        numbers.put(shape, number);
        return number;
    }

    int partitionOf(int shape) {
        return partition[shape];
    }

    /** The shapes of a partition: the first {@link #shapeCount} of the array. */
    int[] shapesIn(int partition) {
        return shapesOf[partition];
    }

    int shapeCount(int partition) {
        return shapeCount[partition];
    }

    float maxContent(int partition) {
        return maxContent[partition];
    }

    float maxRest(int partition) {
        return maxRest[partition];
    }

    float minWords(int partition) {
        return minWords[partition];
    }

    float maxOthers(int partition) {
        return maxOthers[partition];
    }

    NameType type(int shape) {
        return types[shape];
    }

    float total(int shape) {
        return weights[FIELDS * shape];
    }

    float nonLegal(int shape) {
        return weights[FIELDS * shape + 1];
    }

    float maxGeneric(int shape) {
        return weights[FIELDS * shape + 2];
    }

    /** Weight of words, initials and numbers. */
    float content(int shape) {
        return weights[FIELDS * shape + 3];
    }

    /** Weight of words alone (what the whole-name comparison joins). */
    float words(int shape) {
        return weights[FIELDS * shape + 4];
    }
}
