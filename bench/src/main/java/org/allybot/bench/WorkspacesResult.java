package org.allybot.bench;

import java.util.List;

/**
 * What {@link WorkspacesBench} measured: each workspace's time from its fire to its last member
 * ({@code seconds}) and to its first ({@code firsts}, how long its start waited behind the others).
 */
record WorkspacesResult(
    int workspaces,
    int members,
    int rate,
    List<Double> seconds,
    List<Double> firsts,
    boolean allArrived,
    long duplicates,
    long lost,
    long rateLimited) {

  WorkspacesResult {
    seconds = seconds.stream().sorted().toList();
    firsts = firsts.stream().sorted().toList();
  }

  double floorSeconds() {
    return (double) members / rate;
  }

  double targetSeconds() {
    return 1.05 * floorSeconds() + 2;
  }

  long overTarget() {
    return seconds.stream().filter(s -> s > targetSeconds()).count();
  }

  double percentile(double p) {
    return percentile(seconds, p);
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  boolean passed() {
    return allArrived && duplicates == 0 && lost == 0 && overTarget() == 0;
  }

  String report() {
    return String.join(
        "\n",
        "workspaces W             %d".formatted(workspaces),
        "members each M           %d".formatted(members),
        "posts a second each R    %d".formatted(rate),
        "floor M/R                %.2f s (target <= %.2f s each)"
            .formatted(floorSeconds(), targetSeconds()),
        "per workspace p50/p95/max %.2f / %.2f / %.2f s"
            .formatted(percentile(0.5), percentile(0.95), percentile(1.0)),
        "first post p50/p95/max   %.2f / %.2f / %.2f s"
            .formatted(percentile(firsts, 0.5), percentile(firsts, 0.95), percentile(firsts, 1.0)),
        "over target              %d".formatted(overTarget()),
        "all arrived              %s".formatted(allArrived),
        "duplicates               %d".formatted(duplicates),
        "lost                     %d".formatted(lost),
        "429s seen                %d".formatted(rateLimited),
        passed() ? "PASS" : "FAIL");
  }
}
