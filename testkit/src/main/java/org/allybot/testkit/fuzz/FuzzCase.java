package org.allybot.testkit.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A request as the platform would send it ({@code base}, named by {@code name}) and the mutations
 * made to it. {@link #withoutMutation} is what shrinking removes one at a time.
 */
public record FuzzCase(String name, JsonNode base, List<Mutation> mutations) {
  public FuzzCase {
    mutations = List.copyOf(mutations);
  }

  /** The base with every mutation applied, as a fresh copy. */
  public JsonNode mutated() {
    JsonNode copy = base.deepCopy();
    mutations.forEach(m -> m.applyTo(copy));
    return copy;
  }

  public FuzzCase withoutMutation(int index) {
    List<Mutation> fewer = new ArrayList<>(mutations);
    fewer.remove(index);
    return new FuzzCase(name, base, fewer);
  }

  /** {@code base} with one to {@code most} random mutations at random paths. */
  public static FuzzCase mutate(String name, JsonNode base, SplittableRandom random, int most) {
    List<String> paths = Paths.of(base);
    List<Mutation> mutations = new ArrayList<>();
    int count = random.nextInt(1, most + 1);
    for (int i = 0; i < count; i++) {
      mutations.add(randomAt(paths.get(random.nextInt(paths.size())), random));
    }
    return new FuzzCase(name, base, mutations);
  }

  private static Mutation randomAt(String path, SplittableRandom random) {
    Mutation.Kind kind = Mutation.Kind.values()[random.nextInt(Mutation.Kind.values().length)];
    // Odd text is the most telling change, so it comes up about half the time.
    if (random.nextBoolean()) {
      kind = Mutation.Kind.TEXT;
    }
    return new Mutation(kind, path, kind == Mutation.Kind.TEXT ? OddValues.random(random) : "");
  }

  @Override
  public String toString() {
    return name + " with " + (mutations.isEmpty() ? "no mutation" : mutations);
  }

  /** Every path in a document, objects and arrays as well as their leaves. */
  static final class Paths {
    private Paths() {}

    static List<String> of(JsonNode root) {
      List<String> paths = new ArrayList<>();
      walk(root, "", paths);
      return paths.isEmpty() ? List.of("/x") : paths;
    }

    private static void walk(JsonNode node, String at, List<String> paths) {
      if (node.isObject()) {
        node.properties()
            .forEach(e -> {
              String path = at + "/" + e.getKey();
              paths.add(path);
              walk(e.getValue(), path, paths);
            });
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          paths.add(at + "/" + i);
          walk(node.get(i), at + "/" + i, paths);
        }
      }
    }
  }
}
