package org.allybot.server.xapi;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** The export's figures in {@code /metrics}: statements waiting, set aside, and sent. */
public final class XapiMetrics {
  private XapiMetrics() {}

  public static void bind(MeterRegistry registry, XapiExport export) {
    Gauge.builder("allybot.xapi.statements.waiting", export, x -> x.backlog().waiting())
        .description("xAPI statements waiting for the LRS, on every instance")
        .register(registry);
    Gauge.builder("allybot.xapi.statements.set.aside", export, x -> x.backlog().setAside())
        .description("xAPI statements the LRS refused, set aside (ever, every instance)")
        .register(registry);
    FunctionCounter.builder("allybot.xapi.statements.sent", export, x -> x.forwarder().sent())
        .description("xAPI statements this instance had accepted by the LRS")
        .register(registry);
  }
}
