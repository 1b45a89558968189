package org.allybot.core.desk;

import java.time.LocalDate;
import java.util.List;

/**
 * A workspace's desk: the allies on its rota (in turn each week when {@code weekly}), from the week
 * of {@code rotaStart}, and the HR contacts reports can be passed to.
 */
public record DeskSetup(List<String> rota, boolean weekly, LocalDate rotaStart, List<String> hr) {
  public DeskSetup {
    rota = List.copyOf(rota);
    hr = List.copyOf(hr);
  }

  public static DeskSetup empty(LocalDate today) {
    return new DeskSetup(List.of(), false, today, List.of());
  }
}
